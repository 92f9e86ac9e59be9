// Sites: on everywhere by default; paused per site (also one click in the popup) or everywhere.

import { useState } from 'preact/hooks';
import { normalizeSite } from '../../settings/schema';
import { useOptions } from '../context';
import { FieldErrors, OrgTag, Section, Switch } from '../ui';

export function SitesSection() {
  const o = useOptions();
  const { user, policy, effective } = o.state;
  const locked = o.locked('sites');
  const managed = policy.values.disabledSites ?? [];
  const mine = locked ? [] : user.disabledSites;
  const [text, setText] = useState('');
  const host = text.trim() ? normalizeSite(text) : null;
  const errors = text.trim() && !host ? [o.tr('siteInvalid')] : host && (managed.includes(host) || mine.includes(host)) ? [o.tr('siteDuplicate')] : [];
  const ok = !!host && errors.length === 0;

  const add = async (e: Event) => {
    e.preventDefault();
    if (!ok || !host) return;
    if (await o.save({ disabledSites: [...mine, host] })) setText('');
  };

  return (
    <Section id="sites" section="sites" title={o.tr('sitesTitle')} intro={o.tr('sitesIntro')}>
      <div class="row">
        <Switch
          name="paused"
          checked={effective.paused}
          disabled={o.fixed('paused')}
          label={o.tr('pauseEverywhere')}
          hint={effective.paused ? o.tr('pausedEverywhereNote') : undefined}
          onChange={(v) => void o.save({ paused: v })}
        />
        {policy.values.paused !== undefined && !locked ? <OrgTag /> : null}
      </div>
      <h3>{o.tr('pausedSitesTitle')}</h3>
      <form class="toolbar" onSubmit={add} noValidate data-cg-site-form="">
        <input
          type="text"
          class="grow"
          name="site"
          value={text}
          placeholder="sms.example.com"
          aria-label={o.tr('siteLabel')}
          aria-invalid={errors.length ? 'true' : 'false'}
          aria-describedby="site-errors"
          onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" class="primary" disabled={!ok}>
          {o.tr('pauseSite')}
        </button>
      </form>
      <FieldErrors id="site-errors" errors={errors} />
      {host && ok && host !== text.trim().toLowerCase() ? <p class="hint">{o.tr('siteWillBe', { host })}</p> : null}
      {managed.length + mine.length === 0 ? (
        <p class="empty">{o.tr('noPausedSites')}</p>
      ) : (
        <ul class="rows sites" aria-label={o.tr('pausedSitesTitle')}>
          {managed.map((h) => (
            <li class="row" key={`m${h}`} data-cg-site={h}>
              <span class="host">{h}</span>
              <OrgTag />
            </li>
          ))}
          {mine.map((h) => (
            <li class="row" key={`u${h}`} data-cg-site={h}>
              <span class="host">{h}</span>
              <button type="button" class="link" aria-label={o.tr('resumeNamed', { name: h })} onClick={() => void o.save({ disabledSites: mine.filter((x) => x !== h) })}>
                {o.tr('resume')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p class="hint">{o.tr('sitesSubdomainHint')}</p>
    </Section>
  );
}
