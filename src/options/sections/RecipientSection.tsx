// Default recipient (audience) and the SMS signature the identity check expects.

import { useEffect, useRef, useState } from 'preact/hooks';
import type { Audience } from '../../core/types';
import { signatureError } from '../../settings/validate';
import { useOptions } from '../context';
import { FieldErrors, Section } from '../ui';

export function AudienceSection() {
  const o = useOptions();
  const v = o.state.effective.defaultAudience;
  const options: [Audience | 'auto', string, string][] = [
    ['auto', o.tr('audienceAutoLabel'), o.tr('audienceAutoHint')],
    ['debtor', o.tr('audienceDebtor'), o.tr('audienceDebtorHint')],
    ['third_party', o.tr('audienceThirdParty'), o.tr('audienceThirdPartyHint')],
  ];
  return (
    <Section id="audience" section="defaultAudience" title={o.tr('audienceTitle')} intro={o.tr('audienceIntro')}>
      <div class="radios" role="radiogroup" aria-label={o.tr('audienceTitle')}>
        {options.map(([value, label, hint]) => (
          <label class="radio" key={value}>
            <input type="radio" name="audience" value={value} checked={v === value} onChange={() => void o.save({ defaultAudience: value })} />
            <span>
              {label}
              <span class="hint">{hint}</span>
            </span>
          </label>
        ))}
      </div>
    </Section>
  );
}

export function SignatureSection() {
  const o = useOptions();
  const stored = o.state.effective.signature;
  const [text, setText] = useState(stored);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const focused = useRef(false);
  // Follow changes made elsewhere while the field is not being edited.
  useEffect(() => {
    if (!focused.current) setText(stored);
  }, [stored]);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  const why = signatureError(text);
  const looksOff = !why && text.trim() !== '' && !/^【[^【】]+】$/.test(text.trim());

  const commit = (value: string) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (signatureError(value) || value.trim() === stored) return;
    void o.save({ signature: value.trim() });
  };

  return (
    <Section id="signature" section="signature" title={o.tr('signatureTitle')} intro={o.tr('signatureIntro')}>
      <label class="field">
        <span>{o.tr('signatureLabel')}</span>
        <input
          type="text"
          name="signature"
          value={text}
          placeholder="【安信贷】"
          aria-invalid={why ? 'true' : 'false'}
          aria-describedby="signature-errors"
          onFocus={() => (focused.current = true)}
          onBlur={(e) => {
            focused.current = false;
            commit((e.currentTarget as HTMLInputElement).value);
          }}
          onInput={(e) => {
            const value = (e.currentTarget as HTMLInputElement).value;
            setText(value);
            if (timer.current) clearTimeout(timer.current);
            timer.current = setTimeout(() => commit(value), 500);
          }}
        />
      </label>
      <FieldErrors id="signature-errors" errors={why ? [o.lt(why)] : []} />
      <p class="hint">{looksOff ? o.tr('signatureBracketHint') : text.trim() ? o.tr('signatureSetHint', { signature: text.trim() }) : o.tr('signatureEmptyHint')}</p>
    </Section>
  );
}
