// A tiny pack for testing the engine's mechanics independently of the cn pack's wording.

import { compilePack, usePatternParser } from '../../../src/core/compile';
import { PINYIN } from '../../../src/core/generated/pinyin';
import { T2S } from '../../../src/core/generated/t2s';
import { lintCompiled } from '../../../src/core/lint';
import { checks, quietHours } from '../../../src/core/packs/cn/checks';
import { breakers, falseNegations, negations, protective } from '../../../src/core/packs/cn/cues';
import { discourse } from '../../../src/core/packs/cn/discourse';
import { parsePattern } from '../../../src/core/regex';
import type { CustomPhrase, Finding, LintContext, Rule, RulePack } from '../../../src/core/types';

// As in every bundle with the engine but the content script's (which gets patterns parsed).
usePatternParser(parsePattern);

const rule = (r: Partial<Rule> & Pick<Rule, 'id' | 'category'>): Rule => ({
  severity: 'error',
  message: { zh: '「{match}」不合规', en: '"{match}" is not compliant' },
  examples: { bad: [], good: [] },
  ...r,
});

export const testPack: RulePack = {
  id: 'test',
  name: { zh: '测试', en: 'test' },
  textLang: 'zh',
  negations,
  protective,
  breakers,
  falseNegations,
  discourse,
  quietHours,
  checks,
  tables: { t2s: T2S, pinyin: PINYIN },
  utcOffsetMinutes: 480,
  rules: [
    rule({ id: 't.threat', category: 'threat', phrases: ['(弄|整|搞)死你', '(打断|打折)(你|你的)?(腿|手)'], suggestion: { zh: '请尽快处理', en: 'please settle it' } }),
    rule({ id: 't.insult', category: 'insult', phrases: ['老赖', 'sb', '垃圾'], exceptions: ['垃圾(分类|短信)'], replacements: { 老赖: '您' } }),
    rule({ id: 't.gap', category: 'threat', patterns: ['砍.{0,3}手'], triggers: ['砍'] }),
    rule({ id: 't.visit', category: 'harassment', phrases: ['上门', '泄露(您|你)的信息'] }),
    rule({ id: 't.jail', category: 'misleading', phrases: ['坐牢', '法院传票'] }),
    rule({ id: 't.tp', category: 'third_party_disclosure', audience: 'third_party', phrases: ['欠款'] }),
    rule({ id: 't.info', category: 'misleading', severity: 'info', phrases: ['依法起诉'] }),
    rule({ id: 't.fixed', category: 'pressure', severity: 'warning', phrases: ['不会放过你'], negatable: false }),
  ],
};

const base: LintContext = {
  audience: 'debtor',
  pack: 'test',
  lang: 'zh',
  customPhrases: [],
  allowlist: [],
  disabledRules: [],
  disabledCategories: [],
  severityOverrides: {},
};

export function lintTest(text: string, ctx: Partial<LintContext> = {}, custom: CustomPhrase[] = []): Finding[] {
  const full = { ...base, ...ctx, customPhrases: custom };
  return lintCompiled(compilePack(testPack, custom), text, full);
}
