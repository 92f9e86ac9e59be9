import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES, charInitials, initialsOf, matchInitials, searchTemplates, templateTitle, type Template } from '../../../src/templates/index';

describe('pinyin initials', () => {
  it('the GB2312 table gives a correct initial for all 3,755 level-1 characters', () => {
    const dec = new TextDecoder('gbk');
    let checked = 0;
    const wrong: string[] = [];
    for (let hi = 0xb0; hi <= 0xd7; hi++) {
      for (let lo = 0xa1; lo <= 0xfe; lo++) {
        if (hi === 0xd7 && lo > 0xf9) break;
        const ch = dec.decode(new Uint8Array([hi, lo]));
        const readings = pinyin(ch, { toneType: 'none', multiple: true, type: 'array' }) as string[];
        const got = charInitials(ch);
        checked++;
        if (!got || ![...got].some((g) => readings.some((r) => r.startsWith(g)))) wrong.push(`${ch}:${got}/${readings.join(',')}`);
      }
    }
    expect(checked).toBe(3755);
    expect(wrong).toEqual([]);
  });

  it('matches initials over consecutive characters, polyphones either way', () => {
    expect(initialsOf('首次逾期')).toEqual(['s', 'c', 'y', 'qj']);
    expect(matchInitials(initialsOf('首次逾期'), 'scyq')).toBe(0);
    expect(matchInitials(initialsOf('首次逾期'), 'yq')).toBe(2);
    expect(matchInitials(initialsOf('首次逾期'), 'sq')).toBe(-1);
    expect(matchInitials(initialsOf('银行'), 'yh')).toBe(0);
    expect(matchInitials(initialsOf('银行'), 'yx')).toBe(0);
    expect(charInitials('A')).toBe('a');
  });
});

describe('searchTemplates', () => {
  const ids = (q: string) => searchTemplates(BUILTIN_TEMPLATES, q).map((t) => t.id);

  it('scyq finds 首次逾期', () => {
    const found = ids('scyq');
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((id) => id.startsWith('first_overdue.'))).toBe(true);
    expect(found).toHaveLength(BUILTIN_TEMPLATES.filter((t) => t.scenario === 'first_overdue').length);
  });

  it('finds by initials, Chinese text, English names and several terms', () => {
    expect(ids('dqqtx').every((id) => id.startsWith('pre_due.'))).toBe(true);
    expect(ids('jjlxr').every((id) => id.startsWith('contact_notice.'))).toBe(true);
    expect(ids('多次').every((id) => id.startsWith('repeat_overdue.'))).toBe(true);
    expect(ids('分期')[0]).toMatch(/^instalment\./);
    expect(ids('reduction').every((id) => id.startsWith('reduction.'))).toBe(true);
    expect(ids('scyq wh')).toEqual(['first_overdue.gentle']);
    expect(ids('首次逾期 坚定')).toEqual(['first_overdue.firm']);
    expect(ids('征信').length).toBeGreaterThan(0); // body text
    expect(ids('zzzzqqq')).toEqual([]);
    expect(ids('  ')).toHaveLength(BUILTIN_TEMPLATES.length);
  });

  it('custom templates are found by their own name', () => {
    const mine: Template = { id: 'custom-1', name: '周末催还', scenario: 'custom', tone: 'standard', audience: 'debtor', segments: 1, body: '【{platform}】您好' };
    expect(searchTemplates([...BUILTIN_TEMPLATES, mine], 'zmch').map((t) => t.id)).toEqual(['custom-1']);
    expect(templateTitle(mine, 'zh')).toBe('周末催还');
    expect(templateTitle(BUILTIN_TEMPLATES[0]!, 'zh')).toBe('到期前提醒 · 温和');
    expect(templateTitle(BUILTIN_TEMPLATES[0]!, 'en')).toBe('Before the due date · Gentle');
  });
});
