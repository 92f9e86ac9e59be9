import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { common } from '../../src/ui/i18n/common';
import { t, uiLang } from '../../src/ui/i18n/index';
import { manager } from '../../src/ui/i18n/manager';
import { options } from '../../src/ui/i18n/options';
import { page } from '../../src/ui/i18n/page';
import { panel } from '../../src/ui/i18n/panel';
import { popup } from '../../src/ui/i18n/popup';
import { templates } from '../../src/ui/i18n/templates';

const catalogs = { common, page, panel, popup, templates, options, manager };

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

  it('no key is defined by two catalogs (one would silently override the other)', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const [name, c] of Object.entries(catalogs)) {
      for (const k of Object.keys(c.zh)) {
        const prev = owner.get(k);
        if (prev && (catalogs as Record<string, { zh: Record<string, string> }>)[prev]!.zh[k] !== (c.zh as Record<string, string>)[k]) clashes.push(`${k}: ${prev} / ${name}`);
        owner.set(k, name);
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe('_locales (extension name and description in the browser UI)', () => {
  type Messages = Record<string, { message: string; description?: string }>;
  const read = (lang: string) => JSON.parse(readFileSync(new URL(`../../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8')) as Messages;
  const zh = read('zh_CN');
  const en = read('en');

  it('zh_CN and en have the same keys, each with a non-empty message and the same $placeholders$', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const k of Object.keys(zh)) {
      expect(zh[k]!.message.trim(), `zh_CN.${k}`).not.toBe('');
      expect(en[k]!.message.trim(), `en.${k}`).not.toBe('');
      const ph = (s: string) => (s.match(/\$\w+\$/g) ?? []).sort();
      expect(ph(en[k]!.message), k).toEqual(ph(zh[k]!.message));
    }
  });

  it('name and description exist and fit the store limits (name ≤ 75, description ≤ 132 characters)', () => {
    for (const m of [zh, en]) {
      expect([...m.extName!.message].length).toBeLessThanOrEqual(75);
      expect([...m.extDescription!.message].length).toBeLessThanOrEqual(132);
    }
  });
});

