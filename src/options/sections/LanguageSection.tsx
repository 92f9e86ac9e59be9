// Interface language of every surface (popup, options, in-page UI).

import type { Lang } from '../../core/types';
import { useOptions } from '../context';
import { Section } from '../ui';

// Each language is named in itself, so a user who cannot read the current one still finds theirs.
const LANGS: [Lang, string][] = [
  ['zh', '简体中文'],
  ['en', 'English'],
];

export function LanguageSection() {
  const o = useOptions();
  const v = o.state.effective.language;
  return (
    <Section id="language" section="language" title={o.tr('languageTitle')} intro={o.tr('languageIntro')}>
      <div class="radios" role="radiogroup" aria-label={o.tr('languageTitle')}>
        {LANGS.map(([value, label]) => (
          <label class="radio" key={value}>
            <input type="radio" name="language" value={value} lang={value === 'zh' ? 'zh-CN' : 'en'} checked={v === value} onChange={() => void o.save({ language: value })} />
            <span lang={value === 'zh' ? 'zh-CN' : 'en'}>{label}</span>
          </label>
        ))}
      </div>
    </Section>
  );
}
