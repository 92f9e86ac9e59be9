// Sites: on everywhere by default; paused per site (also one click in the popup) or everywhere;
// or checked only on the listed sites ("只在这些网站检查"), dormant everywhere else.

import { useState } from 'preact/hooks';
import { normalizeSite } from '../../settings/schema';
import type { MessageKey } from '../../ui/i18n/index';
import { useOptions } from '../context';
import { FieldErrors, OrgTag, Section, SettingSwitch } from '../ui';

interface SiteListProps {
  /** Names the form, its input and its rows (`data-cg-site-form`, `data-cg-site`, …). */
  name: 'site' | 'scope';
  /** Entries from the organisation: listed with its tag, not removable. */
  managed: string[];
  /** The agent's own entries. */
  mine: string[];
  /** The list can only be read (the organisation fixes it). */
  readOnly?: boolean;
  onSave: (mine: string[]) => Promise<boolean>;
  keys: { label: MessageKey; add: MessageKey; duplicate: MessageKey; willBe: MessageKey; empty: MessageKey; remove: MessageKey; removeNamed: MessageKey; title: MessageKey };
}

/** A list of host names with an add form (normalised as typed, duplicates refused) and a remove button per entry. */
function SiteList({ name, managed, mine, readOnly, onSave, keys }: SiteListProps) {
  const o = useOptions();
  const [text, setText] = useState('');
  const host = text.trim() ? normalizeSite(text) : null;
  const errors = text.trim() && !host ? [o.tr('siteInvalid')] : host && (managed.includes(host) || mine.includes(host)) ? [o.tr(keys.duplicate)] : [];
  const ok = !!host && errors.length === 0 && !readOnly;
  const errorsId = `${name}-errors`;

  const add = async (e: Event) => {
    e.preventDefault();
    if (!ok || !host) return;
    if (await onSave([...mine, host])) setText('');
  };

  return (
    <>
      {readOnly ? null : (
        <form class="toolbar" onSubmit={add} noValidate {...{ [`data-cg-${name}-form`]: '' }}>
          <input
            type="text"
            class="grow"
            name={name}
            value={text}
            placeholder="sms.example.com"
            aria-label={o.tr(keys.label)}
            aria-invalid={errors.length ? 'true' : 'false'}
            aria-describedby={errorsId}
            onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)}
          />
          <button type="submit" class="primary" disabled={!ok}>
            {o.tr(keys.add)}
          </button>
        </form>
      )}
      <FieldErrors id={errorsId} errors={errors} />
      {host && ok && host !== text.trim().toLowerCase() ? <p class="hint">{o.tr(keys.willBe, { host })}</p> : null}
      {managed.length + mine.length === 0 ? (
        <p class="empty">{o.tr(keys.empty)}</p>
      ) : (
        <ul class="rows sites" aria-label={o.tr(keys.title)}>
          {[...managed.map((h) => ({ h, org: true })), ...mine.map((h) => ({ h, org: false }))].map(({ h, org }) => (
            <li class="row" key={`${org ? 'm' : 'u'}${h}`} {...{ [`data-cg-${name}`]: h }}>
              <span class="host">{h}</span>
              {org ? (
                <OrgTag />
              ) : readOnly ? null : (
                <button type="button" class="link" aria-label={o.tr(keys.removeNamed, { name: h })} onClick={() => void onSave(mine.filter((x) => x !== h))}>
                  {o.tr(keys.remove)}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function SitesSection() {
  const o = useOptions();
  const { user, policy, effective } = o.state;
  const locked = o.locked('sites');
  const scopeFixed = o.fixed('onlySites');
  return (
    <Section id="sites" section="sites" title={o.tr('sitesTitle')} intro={o.tr('sitesIntro')}>
      <SettingSwitch field="paused" label={o.tr('pauseEverywhere')} hint={effective.paused ? o.tr('pausedEverywhereNote') : undefined} />
      <h3>{o.tr('pausedSitesTitle')}</h3>
      <SiteList
        name="site"
        managed={policy.values.disabledSites ?? []}
        mine={locked ? [] : user.disabledSites}
        onSave={(list) => o.save({ disabledSites: list })}
        keys={{ label: 'siteLabel', add: 'pauseSite', duplicate: 'siteDuplicate', willBe: 'siteWillBe', empty: 'noPausedSites', remove: 'resume', removeNamed: 'resumeNamed', title: 'pausedSitesTitle' }}
      />
      <p class="hint">{o.tr('sitesSubdomainHint')}</p>

      <h3>{o.tr('scopeTitle')}</h3>
      <SettingSwitch field="onlyListed" label={o.tr('onlyListed')} hint={o.tr('onlyListedHint')} />
      {effective.onlyListed || effective.onlySites.length ? (
        <SiteList
          name="scope"
          managed={scopeFixed ? effective.onlySites : []}
          mine={scopeFixed ? [] : user.onlySites}
          readOnly={scopeFixed}
          onSave={(list) => o.save({ onlySites: list })}
          keys={{ label: 'scopeSiteLabel', add: 'scopeAdd', duplicate: 'scopeDuplicate', willBe: 'scopeWillBe', empty: 'noScopeSites', remove: 'scopeRemove', removeNamed: 'scopeRemoveNamed', title: 'scopeTitle' }}
        />
      ) : null}
      {effective.onlyListed && !effective.onlySites.length ? <p class="hint warn">{o.tr('onlyListedEmpty')}</p> : null}
    </Section>
  );
}
