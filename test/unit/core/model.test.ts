import { describe, expect, it } from 'vitest';
import { TRAINING_HASH } from '../../../src/core/generated/model-cn';
import type { MessageModel } from '../../../src/core/types';
import { JUDGES } from '../../../tools/eval/sets';
import { trainingData } from '../../../tools/model/train';
import { lintTest, testPack } from './test-pack';

// A hand-made model: "小心" and "后果" read as violating, "祝您" as compliant.
const model: MessageModel = {
  bias: -4,
  threshold: 0.9,
  features: ['小心', '后果', '祝您'],
  weights: [4, 4, -6],
  heads: [
    { category: 'threat', prior: -1, features: ['小心'], weights: [3] },
    { category: 'pressure', prior: -1, features: ['后果'], weights: [3] },
    { category: 'third_party_disclosure', prior: 0, features: ['小心', '后果'], weights: [5, 5] },
  ],
  minLength: 6,
};
const withModel = () => {
  testPack.model = model;
};

describe('the learned fallback', () => {
  it('flags a message no rule covers, as a warning on its worst sentence, naming a category', () => {
    withModel();
    const text = '【安信贷】您的借款已逾期。晚上出门小心点，后果你自己想。';
    const fs = lintTest(text);
    const m = fs.filter((f) => f.ruleId.endsWith('.model'));
    expect(m).toHaveLength(1);
    expect(m[0]!.severity).toBe('warning');
    // third_party_disclosure ranks first but only applies to third parties.
    expect(m[0]!.category).toBe('threat');
    expect(m[0]!.ruleId).toBe('test.threat.model');
    expect(m[0]!.match).toBe('晚上出门小心点，后果你自己想');
    expect(text.slice(m[0]!.start, m[0]!.end)).toBe(m[0]!.match);
    expect(m[0]!.message).toContain('威胁恐吓');
    expect(lintTest(text, { audience: 'third_party' }).find((f) => f.ruleId.endsWith('.model'))?.category).toBe('third_party_disclosure');
  });

  it('stays quiet below the threshold, on short drafts, when a rule already flags, and when switched off', () => {
    withModel();
    // No debt in it: a chat, a story, a manual is none of the model's business.
    expect(lintTest('晚上出门小心点，后果你自己想。').filter((f) => f.ruleId.endsWith('.model'))).toEqual([]);
    // A note or notice quoting such wording is not a message to anybody.
    expect(lintTest('通话小结：客户称欠款下周还，又说晚上出门小心点，后果你自己想。').filter((f) => f.ruleId.endsWith('.model'))).toEqual([]);
    expect(lintTest('【安信贷】祝您出门小心，新年快乐，后果').filter((f) => f.ruleId.endsWith('.model'))).toEqual([]);
    expect(lintTest('小心后果').filter((f) => f.ruleId.endsWith('.model'))).toEqual([]);
    expect(lintTest('出门小心，后果自负，老赖').filter((f) => f.ruleId.endsWith('.model'))).toEqual([]);
    expect(lintTest('晚上出门小心点，后果你自己想。', { model: false }).filter((f) => f.ruleId.endsWith('.model'))).toEqual([]);
    expect(lintTest('晚上出门小心点，后果你自己想。', { severityOverrides: { threat: 'off' } }).filter((f) => f.ruleId.endsWith('.model'))).toEqual([]);
  });

  it("stays quiet on a message carrying the words of one of the pack's fixes: the rules have been through it", () => {
    withModel();
    const flagged = '【安信贷】您的借款已逾期。晚上出门小心点，后果你自己想。';
    expect(lintTest(flagged).filter((f) => f.ruleId.endsWith('.model'))).toHaveLength(1);
    // 请尽快处理 is the test pack's threat fix: what an agent's text reads like once it is applied.
    expect(lintTest(`${flagged}请尽快处理。`).filter((f) => f.ruleId.endsWith('.model'))).toEqual([]);
  });
});

describe('the cn model', () => {
  const data = trainingData();

  it('was trained on the current labelled data files and rule examples (run `npm run gen:model`)', () => {
    expect(TRAINING_HASH).toBe(data.hash);
  });

  it('learns from labelled data files only: never test source, a blind set or a judge', () => {
    expect(data.files.length).toBeGreaterThan(0);
    for (const f of data.files) {
      expect(f).toMatch(/^test\/fixtures\/labelled\/(packs\/)?[\w-]+\.jsonl$/);
      expect(JUDGES.map((j) => `test/fixtures/labelled/${j}.jsonl`)).not.toContain(f);
    }
    expect(data.files).toContain('test/fixtures/labelled/packs/threat.jsonl');
  });
});
