// The options page: rule packs and severities, custom phrases and allowlist, templates, quiet
// hours, recipient and signature, the send guard, sites, language, statistics, import/export. Every change is saved at once
// and reaches open tabs through storage change events; sections the organisation manages are
// read-only with a note saying so.

import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { LocalText } from '../core/types';
import { isFieldFixed } from '../settings/policy';
import { SECTIONS, type SectionId, type Settings, type SettingsField } from '../settings/schema';
import { loadSettingsState, migrateStoredSettings, saveSettings, SettingsLockedError, SettingsValidationError, watchSettingsState, type SettingsState } from '../settings/store';
import { templatesPort } from '../settings/templates-port';
import type { MessageKey } from '../ui/i18n/index';
import { Ctx, isReadOnly, makeTr, type OptionsCtx } from './context';
import { AllowlistSection } from './sections/AllowlistSection';
import { LanguageSection } from './sections/LanguageSection';
import { PhrasesSection } from './sections/PhrasesSection';
import { QuietHoursSection } from './sections/QuietHoursSection';
import { AudienceSection, SignatureSection } from './sections/RecipientSection';
import { RulesSection } from './sections/RulesSection';
import { SendGuardSection } from './sections/SendGuardSection';
import { SitesSection } from './sections/SitesSection';
import { StatsSection } from './sections/StatsSection';
import { TemplatesSection } from './sections/TemplatesSection';
import { TransferSection } from './sections/TransferSection';
import { OPTIONS_CSS } from './styles';
import { ManagementNotice, useSelfInfo } from './ManagementNotice';
import { LockIcon } from './ui';

type Status = { kind: 'saved' | 'error'; text: string } | null;

const NAV: { id: string; key: MessageKey; section?: SectionId }[] = [
  { id: 'rules', key: 'rulesTitle', section: 'rules' },
  { id: 'phrases', key: 'phrasesTitle', section: 'customPhrases' },
  { id: 'allowlist', key: 'allowTitle', section: 'allowlist' },
  { id: 'templates', key: 'templatesTitle', section: 'templates' },
  { id: 'quiet', key: 'quietTitle', section: 'quietHours' },
  { id: 'audience', key: 'audienceTitle', section: 'defaultAudience' },
  { id: 'signature', key: 'signatureTitle', section: 'signature' },
  { id: 'guard', key: 'sgTitle', section: 'sendGuard' },
  { id: 'sites', key: 'sitesTitle', section: 'sites' },
  { id: 'language', key: 'languageTitle', section: 'language' },
  { id: 'stats', key: 'statsTitle', section: 'statistics' },
  { id: 'transfer', key: 'transferTitle' },
];

export interface OptionsAppProps {
  /** Skip the storage migration on open (tests that seed an old shape on purpose). */
  noMigrate?: boolean;
}

export function OptionsApp(props: OptionsAppProps = {}) {
  const [state, setState] = useState<SettingsState | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const self = useSelfInfo();

  useEffect(() => {
    let alive = true;
    // Other tabs, the popup, the in-page card and policy updates change the settings too.
    const stop = watchSettingsState((s) => alive && setState(s), [templatesPort.storageKey]);
    void (props.noMigrate ? Promise.resolve() : migrateStoredSettings().catch(() => undefined))
      .then(() => loadSettingsState())
      .then((s) => alive && setState(s))
      .catch((x) => alive && setLoadError(String(x)));
    return () => {
      alive = false;
      stop();
    };
  }, []);

  const lang = state?.effective.language ?? 'zh';
  const tr = useMemo(() => makeTr(lang), [lang]);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = tr('pageTitle');
  }, [lang, tr]);

  useEffect(() => {
    if (status?.kind !== 'saved') return;
    const id = setTimeout(() => setStatus(null), 2500);
    return () => clearTimeout(id);
  }, [status]);

  const lt = useCallback((x: LocalText | undefined) => (x ? x[lang] : ''), [lang]);

  const save = useCallback(
    async (patch: Partial<Settings>): Promise<boolean> => {
      try {
        await saveSettings(patch);
        setState(await loadSettingsState());
        setStatus({ kind: 'saved', text: makeTr(patch.language ?? lang)('saved') });
        return true;
      } catch (x) {
        if (x instanceof SettingsLockedError) setStatus({ kind: 'error', text: tr('saveLocked') });
        else if (x instanceof SettingsValidationError) setStatus({ kind: 'error', text: tr('saveInvalid', { why: x.problems.map((p) => lt(p.message)).join('；') }) });
        else setStatus({ kind: 'error', text: tr('saveFailed', { why: String(x) }) });
        return false;
      }
    },
    [lang, tr, lt],
  );

  if (!state) {
    return (
      <div class="app">
        <style>{OPTIONS_CSS}</style>
        <p class="empty" role="status">
          {loadError ? tr('loadFailed', { why: loadError }) : tr('loading')}
        </p>
      </div>
    );
  }

  const ctx: OptionsCtx = {
    lang,
    state,
    save,
    tr,
    lt,
    locked: (s: SectionId) => state.policy.locked[s],
    fixed: (f: SettingsField) => isFieldFixed(state.policy, f),
    readOnly: (s: SectionId) => isReadOnly(s, ctx.locked, ctx.fixed),
  };
  const managedSections = SECTIONS.filter((s) => ctx.readOnly(s));
  const anyPolicy = managedSections.length > 0 || Object.keys(state.policy.values).length > 0 || !!state.policy.templates?.length;

  return (
    <Ctx.Provider value={ctx}>
      <style>{OPTIONS_CSS}</style>
      <div class="app" data-cg-options="" data-lang={lang}>
        <header class="top">
          <div>
            <h1>{tr('appName')}</h1>
            <span class="sub">{tr('optionsSubtitle')}</span>
          </div>
          <div class={`status ${status?.kind ?? ''}`} role="status" aria-live="polite" data-cg-save-status={status?.kind ?? ''}>
            {status?.text ?? ''}
          </div>
        </header>
        <div class="layout">
          <nav class="side" aria-label={tr('navLabel')}>
            <ul>
              {NAV.map((n) => (
                <li key={n.id}>
                  <a href={`#${n.id}`}>
                    {tr(n.key)}
                    {n.section && ctx.readOnly(n.section) ? <LockIcon /> : null}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <main>
            <ManagementNotice self={self} policy={anyPolicy} />
            {anyPolicy ? (
              <div class="banner org" role="note" data-cg-org-banner="">
                <p>
                  <strong>
                    <LockIcon /> {tr('orgBannerTitle')}
                  </strong>
                </p>
                <p>{managedSections.length ? tr('orgBannerLocked', { sections: managedSections.map((s) => tr(NAV.find((n) => n.section === s)!.key)).join(lang === 'zh' ? '、' : ', ') }) : tr('orgBannerValues')}</p>
              </div>
            ) : null}
            {state.problems.length ? (
              <div class="banner problem" role="alert" data-cg-problems="">
                <p>
                  <strong>{tr('problemsTitle')}</strong>
                </p>
                <ul>
                  {state.problems.slice(0, 12).map((p) => (
                    <li key={p.path + p.message.en}>{lt(p.message)}</li>
                  ))}
                </ul>
                {state.problems.length > 12 ? <p>{tr('moreErrors', { n: state.problems.length - 12 })}</p> : null}
                <p class="hint">{tr('problemsHint')}</p>
              </div>
            ) : null}
            {state.policyProblems.length ? (
              <div class="banner problem" role="note" data-cg-policy-problems="">
                <p>
                  <strong>{tr('policyProblemsTitle')}</strong>
                </p>
                <ul>
                  {state.policyProblems.slice(0, 12).map((p) => (
                    <li key={p.path + p.message.en}>{lt(p.message)}</li>
                  ))}
                </ul>
              </div>
            ) : null}
            <RulesSection />
            <PhrasesSection />
            <AllowlistSection />
            <TemplatesSection />
            <QuietHoursSection />
            <AudienceSection />
            <SignatureSection />
            <SendGuardSection />
            <SitesSection />
            <LanguageSection />
            <StatsSection />
            <TransferSection />
          </main>
        </div>
      </div>
    </Ctx.Provider>
  );
}
