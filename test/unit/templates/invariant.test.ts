// The library's promise: every built-in template, rendered with realistic values, gets no error
// or warning finding from the engine for its audience, and fits the segments it declares.
import { describe, expect, it } from 'vitest';
import { lint, smsSegments } from '../../../src/core/index';
import { BUILTIN_TEMPLATES, SCENARIOS, exampleValues, render, templateVars, type Values } from '../../../src/templates/index';

const REALISTIC: Values[] = [
  exampleValues(),
  {
    salutation: '李女士', platform: '易融花', principal: '3000', interest: '45.6', total: '3045.6', overdueDays: '3',
    dueDate: '2026-01-05', channel: '易融花APP', hotline: '95188', contactName: '李娜', periods: '3', instalment: '1015.2',
    reduction: '45.6', payable: '3000', holiday: '国庆节',
  },
  {
    salutation: '王先生', platform: '安信消费金融', principal: '12000', interest: '860', total: '12860', overdueDays: '45',
    dueDate: '2025-11-30', channel: '官方APP', hotline: '400-123-4567', agentId: 'A1024', contactName: '王强', periods: '12',
    instalment: '1071.67', reduction: '860', payable: '12000', holiday: '中秋节',
  },
];

describe('built-in templates', () => {
  it('cover every scenario in two or three tones, with unique ids', () => {
    const ids = BUILTIN_TEMPLATES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of SCENARIOS.filter((x) => x.id !== 'custom')) {
      const tones = BUILTIN_TEMPLATES.filter((t) => t.scenario === s.id).map((t) => t.tone);
      expect(tones.length, s.id).toBeGreaterThanOrEqual(2);
      expect(tones.length, s.id).toBeLessThanOrEqual(3);
      expect(new Set(tones).size, s.id).toBe(tones.length);
      for (const t of BUILTIN_TEMPLATES.filter((x) => x.scenario === s.id)) expect(t.audience, t.id).toBe(s.audience);
    }
  });

  for (const t of BUILTIN_TEMPLATES) {
    it(`${t.id}: no error or warning for ${t.audience}, fits ${t.segments} segment(s)`, () => {
      REALISTIC.forEach((values, i) => {
        const r = render(t, values);
        expect(r.ok, `${t.id} set ${i}: ${JSON.stringify(r.issues)}`).toBe(true);
        expect(r.text).not.toMatch(/[{}〔〕[\]]/);
        const findings = lint(r.text, { audience: t.audience }).filter((f) => f.severity !== 'info');
        expect(findings.map((f) => `${f.ruleId} 「${f.match}」`), `${t.id} set ${i}: ${r.text}`).toEqual([]);
        if (i === 0) expect(smsSegments(r.text), `${t.id}: ${[...r.text].length} characters`).toBeLessThanOrEqual(t.segments);
      });
      // Also without the optional agent id.
      const { agentId: _a, ...noAgent } = REALISTIC[0]!;
      expect(lint(render(t, noAgent).text, { audience: t.audience }).filter((f) => f.severity !== 'info')).toEqual([]);
    });
  }

  it('identify the sender and give the official hotline; debtor messages state the amount', () => {
    for (const t of BUILTIN_TEMPLATES) {
      expect(t.body.startsWith('【{platform}】'), t.id).toBe(true);
      const keys = templateVars(t).map((v) => v.spec.key);
      expect(keys, t.id).toContain('hotline');
      expect(keys, t.id).toContain('salutation');
      if (t.audience === 'debtor') expect(keys, t.id).toContain('total');
    }
  });

  it('messages to an emergency contact carry no amount, no overdue days and no request to pay', () => {
    const contact = BUILTIN_TEMPLATES.filter((t) => t.audience === 'third_party');
    expect(contact.length).toBeGreaterThanOrEqual(2);
    for (const t of contact) {
      const keys = templateVars(t).map((v) => v.spec.key);
      for (const k of ['principal', 'interest', 'total', 'overdueDays', 'dueDate', 'instalment', 'reduction', 'payable'] as const) {
        expect(keys, t.id).not.toContain(k);
      }
      expect(t.body).not.toMatch(/借款|欠款|逾期|还款|还钱|代还|债|催收|元/);
    }
  });

  it('render with the declared segment counts a list can show (1–3)', () => {
    for (const t of BUILTIN_TEMPLATES) expect([1, 2, 3], t.id).toContain(t.segments);
  });
});
