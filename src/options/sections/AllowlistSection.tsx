// The allowlist: phrases that are never flagged (the in-page card's "always allow" adds here).

import { useState } from 'preact/hooks';
import { allowlistError } from '../../settings/validate';
import { useOptions } from '../context';
import { FieldErrors, OrgTag, Section } from '../ui';

export function AllowlistSection() {
  const o = useOptions();
  const { user, policy } = o.state;
  const locked = o.locked('allowlist');
  const managed = policy.values.allowlist ?? [];
  const mine = locked ? [] : user.allowlist;
  const [text, setText] = useState('');
  const phrase = text.trim();
  const why = phrase ? allowlistError(phrase) : null;
  const dup = phrase && (managed.includes(phrase) || mine.includes(phrase));
  const errors = why ? [o.lt(why)] : dup ? [o.tr('allowDuplicate')] : [];
  const ok = !!phrase && errors.length === 0;

  const add = async (e: Event) => {
    e.preventDefault();
    if (!ok) return;
    if (await o.save({ allowlist: [...mine, phrase] })) setText('');
  };

  return (
    <Section id="allowlist" section="allowlist" title={o.tr('allowTitle')} intro={o.tr('allowIntro')}>
      <form class="toolbar" onSubmit={add} data-cg-allow-form="" noValidate>
        <input
          type="text"
          class="grow"
          name="allow"
          value={text}
          placeholder={o.tr('allowPlaceholder')}
          aria-label={o.tr('allowLabel')}
          aria-invalid={errors.length ? 'true' : 'false'}
          aria-describedby="allow-errors"
          onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" class="primary" disabled={!ok}>
          {o.tr('add')}
        </button>
      </form>
      <FieldErrors id="allow-errors" errors={errors} />
      {managed.length + mine.length === 0 ? (
        <p class="empty">{o.tr('noAllowed')}</p>
      ) : (
        <ul class="chips" aria-label={o.tr('allowTitle')}>
          {managed.map((a) => (
            <li class="chip org" key={`m${a}`} data-cg-allowed={a}>
              {a} <OrgTag />
            </li>
          ))}
          {mine.map((a) => (
            <li class="chip" key={`u${a}`} data-cg-allowed={a}>
              {a}
              <button type="button" class="chip-x" aria-label={o.tr('removeNamed', { name: a })} onClick={() => void o.save({ allowlist: mine.filter((x) => x !== a) })}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
