import { describe, expect, it } from 'vitest';
import { catalogs, t, uiLang } from '../../src/ui/i18n/index';

describe('i18n', () => {
  for (const [name, c] of Object.entries(catalogs)) {
    it(`${name}: every key exists, non-empty, in both languages with the same placeholders`, () => {
      const zh = c.zh as Record<string, string>;
      const en = c.en as Record<string, string>;
      expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
      for (const k of Object.keys(zh)) {
        expect(zh[k]!.trim(), `${name}.zh.${k}`).not.toBe('');
        expect(en[k]!.trim(), `${name}.en.${k}`).not.toBe('');
        const ph = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
        expect(ph(en[k]!), `${name}.${k} placeholders`).toEqual(ph(zh[k]!));
      }
    });
  }

  it('fills placeholders and defaults to Chinese', () => {
    expect(t('zh', 'segments', { n: 2 })).toBe('2条短信');
    expect(t('en', 'segments', { n: 2 })).toBe('2 SMS');
    expect(uiLang(undefined, 'zh-CN')).toBe('zh');
    expect(uiLang(undefined, 'fr-FR')).toBe('zh');
    expect(uiLang(undefined, 'en-US')).toBe('en');
    expect(uiLang('en', 'zh-CN')).toBe('en');
  });
});
