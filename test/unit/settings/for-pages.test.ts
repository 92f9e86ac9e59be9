// Content scripts carry no pattern parser: the background serves custom patterns parsed.

import { afterEach, describe, expect, it } from 'vitest';
import { compilePack, usePatternParser } from '../../../src/core/compile';
import { lintCompiled } from '../../../src/core/lint';
import { parsePattern } from '../../../src/core/regex';
import { PACKS, resolveContext, type CustomPhrase } from '../../../src/core/index';
import { DEFAULT_SETTINGS, type EffectiveSettings } from '../../../src/settings/schema';
import { forPages } from '../../../src/settings/store';

const PATTERN: CustomPhrase = { phrase: '还款码\\d{4}', regex: true, category: 'payment_channel', severity: 'error' };
const PHRASE: CustomPhrase = { phrase: '蓝色方案', category: 'insult', severity: 'warning' };
const TEXT = '请把还款码1234发给我，按蓝色方案处理';
const flagged = (custom: CustomPhrase[]) => lintCompiled(compilePack(PACKS.cn!, custom), TEXT, resolveContext(TEXT, { customPhrases: custom })).filter((f) => f.ruleId.startsWith('custom.')).map((f) => f.match);

afterEach(() => usePatternParser(parsePattern));

describe('custom patterns in pages', () => {
  it('settings served to pages carry each pattern parsed, and only patterns', () => {
    const s = forPages({ ...DEFAULT_SETTINGS, customPhrases: [PATTERN, PHRASE], locked: {}, managed: [] } as unknown as EffectiveSettings);
    expect(s.customPhrases[0]!.tree).toEqual(parsePattern(PATTERN.phrase));
    expect(s.customPhrases[1]!.tree).toBeUndefined();
  });

  it('without a parser (as in a content script) a served pattern still matches; an unparsed one is skipped, not an error', () => {
    usePatternParser(undefined);
    expect(flagged([{ ...PATTERN, tree: parsePattern(PATTERN.phrase) }, PHRASE])).toEqual(['还款码1234', '蓝色方案']);
    expect(flagged([PATTERN, PHRASE])).toEqual(['蓝色方案']);
  });
});
