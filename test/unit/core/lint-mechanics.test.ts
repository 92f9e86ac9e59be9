import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/types';
import { applyFixes, lint } from '../../../src/core/index';
import { lintTest } from './test-pack';

const ids = (fs: Finding[]) => fs.map((f) => f.ruleId);
const content = (fs: Finding[]) => fs.filter((f) => !['identity', 'channel', 'length', 'time_window'].includes(f.category));

describe('lint mechanics (test pack)', () => {
  it('returns offsets into the original text, across separators and invisible characters', () => {
    for (const text of ['再不还就弄 死 你！', '再不还就弄*死*你', '再不还就弄\u200b死\u200c你', '再不还就弄.死.你']) {
      const [f] = content(lintTest(text));
      expect(f, text).toBeDefined();
      expect(f!.ruleId).toBe('t.threat');
      expect(text.slice(f!.start, f!.end)).toBe(f!.match);
      expect(f!.match.startsWith('弄')).toBe(true);
      expect(f!.match.endsWith('你')).toBe(true);
    }
  });

  it('expands phrase families', () => {
    expect(ids(content(lintTest('小心打折你的手')))).toEqual(['t.threat']);
    expect(ids(content(lintTest('小心打断腿')))).toEqual(['t.threat']);
  });

  it('fills the message and uses per-phrase replacements', () => {
    const [f] = content(lintTest('你这个老.赖'));
    expect(f!.message).toBe('「老.赖」不合规');
    expect(f!.suggestion).toBe('您');
    const [g] = content(lintTest('我们会弄死你'));
    expect(g!.suggestion).toBe('请尽快处理');
  });

  it('does not match across a sentence end or a wide gap', () => {
    expect(content(lintTest('请坐。牢记还款日'))).toEqual([]);
    expect(content(lintTest('坐    牢'))).toEqual([]);
    expect(ids(content(lintTest('坐 牢')))).toEqual(['t.jail']);
  });

  it('keeps Latin literals to word boundaries', () => {
    expect(content(lintTest('usb接口'))).toEqual([]);
    expect(content(lintTest('jobs bank'))).toEqual([]);
    expect(ids(content(lintTest('你是sb吗')))).toEqual(['t.insult']);
    expect(ids(content(lintTest('你是 s.b 吗')))).toEqual(['t.insult']);
    expect(ids(content(lintTest('你是ＳＢ')))).toEqual(['t.insult']);
  });

  it('applies exceptions that overlap the match', () => {
    expect(content(lintTest('请做好垃圾分类'))).toEqual([]);
    expect(ids(content(lintTest('你就是个垃圾')))).toEqual(['t.insult']);
  });

  it('runs patterns only when a trigger is present', () => {
    expect(ids(content(lintTest('小心砍你的手')))).toEqual(['t.gap']);
    expect(content(lintTest('请伸手'))).toEqual([]);
  });

  it('honours negation cues in the same clause', () => {
    expect(content(lintTest('我们不会上门打扰您'))).toEqual([]);
    expect(content(lintTest('我们绝不会泄露您的信息'))).toEqual([]);
    expect(content(lintTest('我司严禁任何形式的上门'))).toEqual([]);
    // The cue governs something else.
    expect(ids(content(lintTest('你不还就上门')))).toEqual(['t.visit']);
    expect(ids(content(lintTest('钱不是问题，明天上门')))).toEqual(['t.visit']);
    // A clause break stops the cue.
    expect(ids(content(lintTest('不用还了，等着坐牢吧')))).toEqual(['t.jail']);
    // Rules may opt out.
    expect(ids(content(lintTest('我们不会放过你')))).toEqual(['t.fixed']);
  });

  it('treats anti-fraud and rule-explaining sentences as quotes', () => {
    expect(content(lintTest('谨防不法分子冒充法院传票要求转账'))).toEqual([]);
    expect(content(lintTest('禁止使用“坐牢”“老赖”等字眼'))).toEqual([]);
    expect(ids(content(lintTest('谨防诈骗。你不还就坐牢')))).toEqual(['t.jail']);
  });

  it('fires third-party rules only for that audience', () => {
    expect(content(lintTest('他有一笔欠款', { audience: 'debtor' }))).toEqual([]);
    expect(ids(content(lintTest('他有一笔欠款', { audience: 'third_party' })))).toEqual(['t.tp']);
  });

  it('applies user settings: allowlist, disabled rules and categories, severity overrides', () => {
    expect(content(lintTest('你这个老赖', { allowlist: ['老赖'] }))).toEqual([]);
    expect(content(lintTest('你这个老赖，sb', { allowlist: ['老赖'] })).map((f) => f.match)).toEqual(['sb']);
    expect(content(lintTest('你这个老赖', { disabledRules: ['t.insult'] }))).toEqual([]);
    expect(content(lintTest('你这个老赖', { disabledCategories: ['insult'] }))).toEqual([]);
    expect(content(lintTest('你这个老赖', { severityOverrides: { insult: 'warning' } }))[0]!.severity).toBe('warning');
    expect(content(lintTest('你这个老赖', { severityOverrides: { insult: 'warning', 't.insult': 'info' } }))[0]!.severity).toBe('info');
    expect(content(lintTest('你这个老赖', { severityOverrides: { 't.insult': 'off' } }))).toEqual([]);
  });

  it('adds custom phrases and regexes', () => {
    const fs = content(lintTest('再拖就让你好看', {}, [{ phrase: '让你好看', category: 'pressure', severity: 'warning', message: '自定义：{match}' }]));
    expect(fs.map((f) => [f.ruleId, f.category, f.severity, f.message])).toEqual([['custom.0', 'pressure', 'warning', '自定义：让你好看']]);
    const rx = content(lintTest('还款码 ABC123', {}, [{ phrase: 'abc\\d+', regex: true, category: 'payment_channel', severity: 'error' }]));
    expect(rx.map((f) => f.match)).toEqual(['ABC123']);
  });

  it('keeps the strongest, then longest, of overlapping hits in one category', () => {
    const fs = content(lintTest('打断你的腿'));
    expect(fs).toHaveLength(1);
    expect(fs[0]!.match).toBe('打断你的腿');
  });

  it('reports privacy numbers with a masked suggestion', () => {
    const fs = lintTest('你的身份证110105199001011232我们都知道').filter((f) => f.category === 'privacy');
    expect(fs.map((f) => [f.ruleId, f.match, f.suggestion])).toEqual([['cn.privacy.id_card', '110105199001011232', '尾号1232']]);
  });

  it('checks the quiet hours in China time only when a send time is given', () => {
    const text = '【安信贷】您好，您的账单已到期，请通过官方APP还款，客服4008001234。';
    const at = (iso: string) => lintTest(text, { now: new Date(iso) }).filter((f) => f.category === 'time_window');
    expect(lintTest(text).filter((f) => f.category === 'time_window')).toEqual([]);
    expect(at('2026-11-29T22:30:00+08:00').map((f) => f.severity)).toEqual(['error']);
    expect(at('2026-11-29T07:59:00+08:00').map((f) => f.severity)).toEqual(['error']);
    expect(at('2026-11-29T21:15:00+08:00').map((f) => f.severity)).toEqual(['warning']);
    expect(at('2026-11-29T08:00:00+08:00')).toEqual([]);
    expect(at('2026-11-29T13:30:00Z').map((f) => f.severity)).toEqual(['warning']); // 21:30 in China
    const custom = lintTest(text, { now: new Date('2026-11-29T20:30:00+08:00'), quietHours: { error: { start: 20 * 60, end: 9 * 60 }, warning: { start: 0, end: 0 } } });
    expect(custom.filter((f) => f.category === 'time_window').map((f) => f.severity)).toEqual(['error']);
  });

  it('checks identity, channel and length of a message', () => {
    const bare = '您好，您的借款已经逾期三天了，请尽快处理，谢谢配合，祝您生活愉快。';
    const cats = lintTest(bare).map((f) => f.category);
    expect(cats).toContain('identity');
    expect(cats).toContain('channel');
    const good = '【安信贷】您好，您的借款已逾期3天，请通过官方APP还款，客服4008001234。';
    expect(lintTest(good)).toEqual([]);
    expect(lintTest(good, { signature: '【惠民贷】' }).map((f) => [f.ruleId, f.message])).toEqual([
      ['cn.identity.signature', '缺少本机构的短信签名【惠民贷】'],
    ]);
    const long = `【安信贷】${'请按时还款。'.repeat(20)}客服4008001234`;
    const len = lintTest(long).find((f) => f.category === 'length');
    expect(len?.severity).toBe('info');
    expect(len?.message).toContain('按3条短信计费');
    expect(lintTest('x'.repeat(501)).find((f) => f.category === 'length')?.severity).toBe('warning');
  });

  it('speaks English when asked', () => {
    const [f] = content(lintTest('你这个老赖', { lang: 'en' }));
    expect(f!.message).toBe('"老赖" is not compliant');
  });

  it('writes fixes in the language of the messages whatever the UI speaks, glossed in the UI language', () => {
    // An insult with its address term, a threat's clause, and a card number (a code check's fix).
    const text = '你这个老赖，再不还钱就等着坐牢吧，卡号6222021234567890128。';
    const zh = lint(text).filter((f) => f.suggestion);
    const en = lint(text, { lang: 'en' }).filter((f) => f.suggestion);
    expect(zh.length).toBeGreaterThanOrEqual(3);
    expect(en.map((f) => f.suggestion)).toEqual(zh.map((f) => f.suggestion));
    expect(zh.every((f) => f.suggestionGloss === undefined)).toBe(true);
    for (const f of en) expect(f.suggestionGloss).toMatch(/^[\x20-\x7e]+$/);
    expect(applyFixes(text, en)).toBe(applyFixes(text, zh));
    expect(applyFixes(text, en)).not.toMatch(/[a-z]/i);
  });
});
