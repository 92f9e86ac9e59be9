// The popup: the template library by scenario (searchable, pinyin initials too, keyboard first),
// the chosen template's fill-in form with a live, linted preview, and insert / copy. The header
// says where an insert goes (or that no field is known), and holds the per-site pause.
//
// Keyboard: the search box has the focus; ↑↓ move through the list, Enter opens the template and
// puts the caret in its first empty field; Enter in the form inserts (or says what is missing and
// goes there); Escape goes back to the search.

import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Audience, Finding, Lang } from '../core/types';
import type { InsertResult, InsertTarget, PopupState } from '../messaging/protocol';
import { SCENARIO_BY_ID } from '../templates/scenarios';
import { render, templateVars } from '../templates/render';
import { templateTitle } from '../templates/search';
import { parseCustom, type LastTemplates } from '../templates/storage';
import type { Template, Values, VarKey } from '../templates/types';
import { Preview } from '../templates/ui/Preview';
import { groupTemplates, listKey, optionId, TemplateList } from '../templates/ui/TemplateList';
import { VarFields } from '../templates/ui/VarFields';
import { registerCatalog, t, uiLang, type MessageKey } from '../ui/i18n/index';
import { popup } from '../ui/i18n/popup';
import { browserPopupApi, type PopupApi } from './api';

registerCatalog(popup);

type Status = { kind: 'ok' | 'error' | 'info'; text: string } | null;

const REASONS: Record<NonNullable<InsertResult['reason']>, MessageKey> = {
  'no-field': 'popInsertNoField',
  'field-gone': 'popInsertGone',
  'no-receiver': 'popInsertGone',
  refused: 'popInsertRefused',
};

const LIST_ID = 'pl';

export function PopupApp({ api = browserPopupApi }: { api?: PopupApi }) {
  const [own, setOwn] = useState<Template[] | null>(null);
  /** Templates the organisation pushes; kept apart so that whichever load finishes first, both show. */
  const [managed, setManaged] = useState<Template[]>([]);
  const [state, setState] = useState<PopupState | null>(null);
  const [last, setLast] = useState<LastTemplates>({ byScenario: {} });
  const [query, setQuery] = useState('');
  const [activeId, setActiveId] = useState<string | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [values, setValues] = useState<Values>({});
  const [audience, setAudience] = useState<Audience>('debtor');
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const [shown, setShown] = useState<Set<VarKey> | 'all'>(new Set());
  const [status, setStatus] = useState<Status>(null);
  const [target, setTarget] = useState<InsertTarget | null | undefined>(undefined);
  const [site, setSite] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const focusField = useRef<'first-empty' | VarKey | null>(null);
  const lintSeq = useRef(0);

  const lang: Lang = uiLang(state?.language);

  // ---- loading ------------------------------------------------------------------------------
  useEffect(() => {
    let live = true;
    void api.load().then((d) => {
      if (!live) return;
      setOwn(d.templates);
      setLast(d.last);
      setValues(d.remembered);
      const lastTpl = d.templates.find((x) => x.id === d.last.last);
      if (lastTpl) {
        setSelectedId(lastTpl.id);
        setActiveId(lastTpl.id);
        setAudience(lastTpl.audience);
      } else {
        setActiveId(d.templates[0]?.id ?? null);
      }
    });
    const refresh = () => {
      void api.target().then(async (tg) => {
        if (!live) return;
        setTarget(tg);
        const s = await api.site(tg);
        if (!live) return;
        setSite(s);
        const st = await api.state(s);
        if (!live) return;
        setState(st);
        setManaged(st.managedTemplates?.length ? parseCustom(st.managedTemplates) : []);
      });
    };
    refresh();
    // The agent may click into a field on the page and come back (popup.html opened as a page).
    window.addEventListener('focus', refresh);
    document.addEventListener('visibilitychange', refresh);
    return () => {
      live = false;
      window.removeEventListener('focus', refresh);
      document.removeEventListener('visibilitychange', refresh);
    };
  }, [api]);

  useEffect(() => {
    document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
  }, [lang]);

  // ---- list --------------------------------------------------------------------------------
  // Templates the organisation pushes join the library after the built-in ones (and win over a
  // custom template with the same id).
  const templates = useMemo(() => {
    if (!own || !managed.length) return own;
    const ids = new Set(managed.map((m) => m.id));
    return [...own.filter((x) => x.builtin), ...managed, ...own.filter((x) => !x.builtin && !ids.has(x.id))];
  }, [own, managed]);
  const { groups, flat } = useMemo(() => groupTemplates(templates ?? [], query, last), [templates, query, last]);
  const selected = templates?.find((x) => x.id === selectedId) ?? null;

  useEffect(() => {
    // Keep the active option among the visible ones.
    if (!flat.length) return;
    if (!activeId || !flat.some((x) => x.id === activeId)) setActiveId(flat[0]!.id);
  }, [flat, activeId]);

  useEffect(() => {
    if (!activeId) return;
    document.getElementById(optionId(LIST_ID, activeId))?.scrollIntoView?.({ block: 'nearest' });
  }, [activeId]);

  function pick(tpl: Template, focusForm = true) {
    setSelectedId(tpl.id);
    setActiveId(tpl.id);
    setAudience(tpl.audience);
    setShown(new Set());
    setStatus(null);
    setFindings(null);
    focusField.current = focusForm ? 'first-empty' : null;
  }

  function onSearchKey(e: KeyboardEvent) {
    if (listKey(e, flat, activeId, { active: (tpl) => setActiveId(tpl.id), pick })) return;
    if (e.key === 'Home' && e.ctrlKey) {
      e.preventDefault();
      if (flat[0]) setActiveId(flat[0].id);
    } else if (e.key === 'End' && e.ctrlKey) {
      e.preventDefault();
      if (flat.length) setActiveId(flat[flat.length - 1]!.id);
    } else if (e.key === 'Escape' && query) {
      e.preventDefault();
      setQuery('');
    }
  }

  // ---- form and preview --------------------------------------------------------------------
  const vars = useMemo(() => (selected ? templateVars(selected) : []), [selected]);
  const rendered = useMemo(() => (selected ? render(selected, values, { lang }) : null), [selected, values, lang]);

  useEffect(() => {
    if (!rendered) return;
    const seq = ++lintSeq.current;
    void api.lint(rendered.text, audience).then((f) => {
      if (seq === lintSeq.current) setFindings(f);
    });
  }, [rendered?.text, audience, api]);

  useEffect(() => {
    // Move the caret into the form after a template was opened or a problem was reported.
    const want = focusField.current;
    if (!want || !formRef.current) return;
    focusField.current = null;
    const inputs = [...formRef.current.querySelectorAll<HTMLInputElement>('input[data-var]')];
    const el =
      want === 'first-empty'
        ? (inputs.find((i) => !i.value && i.required) ?? inputs.find((i) => !i.value) ?? inputs[0])
        : inputs.find((i) => i.dataset.var === want);
    el?.focus();
  });

  function setValue(key: VarKey, value: string) {
    setValues((v) => ({ ...v, [key]: value }));
    setStatus(null);
  }

  function touch(key: VarKey) {
    setShown((s) => (s === 'all' || s.has(key) ? s : new Set([...s, key])));
  }

  /** The text to insert or copy, or null after saying what to fix. */
  function finalText(): string | null {
    if (!selected || !rendered) return null;
    if (rendered.ok) return rendered.text;
    const bad = rendered.issues.filter((i) => i.severity === 'error');
    const label = (k: VarKey) => vars.find((v) => v.spec.key === k)?.label[lang] ?? k;
    const missing = bad.filter((i) => i.code === 'required');
    const sep = lang === 'zh' ? '、' : ', ';
    setShown('all');
    setStatus({
      kind: 'error',
      text: missing.length
        ? t(lang, 'popMissing', { fields: missing.map((i) => label(i.key)).join(sep) })
        : t(lang, 'popInvalid', { fields: bad.map((i) => label(i.key)).join(sep) }),
    });
    focusField.current = bad[0]!.key;
    // Re-render so the focus effect runs even when nothing else changed.
    setValues((v) => ({ ...v }));
    return null;
  }

  async function insert() {
    if (busy) return;
    const text = finalText();
    if (text === null || !selected) return;
    setBusy(true);
    try {
      const tg = await api.target();
      setTarget(tg);
      if (!tg) {
        setStatus({ kind: 'error', text: t(lang, 'popInsertNoField') });
        return;
      }
      const r = await api.insert(text, tg, audience, selected.id);
      if (!r.ok) {
        setStatus({ kind: 'error', text: t(lang, REASONS[r.reason ?? 'no-field']) });
        return;
      }
      await api.remember(selected, values);
      setLast((l) => ({ byScenario: { ...l.byScenario, [selected.scenario]: selected.id }, last: selected.id }));
      setStatus({ kind: 'ok', text: t(lang, 'popInserted') });
      if (api.isToolbarPopup()) setTimeout(() => api.close(), 700);
    } finally {
      setBusy(false);
    }
  }

  async function copy() {
    const text = finalText();
    if (text === null || !selected) return;
    const ok = await api.copy(text);
    if (ok) {
      await api.remember(selected, values);
      setLast((l) => ({ byScenario: { ...l.byScenario, [selected.scenario]: selected.id }, last: selected.id }));
    }
    setStatus(ok ? { kind: 'ok', text: t(lang, 'popCopied') } : { kind: 'error', text: t(lang, 'popCopyFailed') });
  }

  function onFormKey(e: KeyboardEvent) {
    if (e.key === 'Escape') {
      e.preventDefault();
      searchRef.current?.focus();
    }
  }

  // ---- site pause --------------------------------------------------------------------------
  const sitePaused = !!state?.sitePaused;
  async function toggleSite() {
    if (!site || !state || state.sitesLocked) return;
    const before = state;
    setState({ ...state, sitePaused: !sitePaused });
    try {
      setState(await api.pauseSite(site, !sitePaused));
    } catch {
      setState(before);
    }
  }

  // ---- view --------------------------------------------------------------------------------
  const targetHost = target ? (() => {
    try {
      return new URL(target.url).host;
    } catch {
      return target.url;
    }
  })() : '';

  return (
    <div class="pp">
      <header class="pp-hd">
        <span class="pp-brand">
          <svg class="pp-logo" viewBox="0 0 16 16" aria-hidden="true">
            <path d="M8 1.5l5.5 2v4.2c0 3.3-2.3 5.8-5.5 6.8-3.2-1-5.5-3.5-5.5-6.8V3.5z" fill="currentColor" />
            <path d="M5.3 8.2l1.9 1.9 3.6-3.8" fill="none" stroke="#fff" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round" />
          </svg>
          CollectGuard
        </span>
        <span class={`pp-target${target === null ? ' pp-target-none' : ''}`} data-cg-target={target ? 'known' : target === null ? 'none' : 'loading'} role="status">
          {target === undefined
            ? ''
            : target
              ? target.label
                ? t(lang, 'popTargetField', { host: targetHost, label: target.label })
                : t(lang, 'popTargetFieldNoLabel', { host: targetHost })
              : t(lang, 'popNoTarget')}
        </span>
        {site && state && !state.outOfScope ? (
          <label class={`pp-pause${state.sitesLocked ? ' pp-locked' : ''}`} title={t(lang, 'popPauseSiteTitle', { host: site })}>
            <input
              type="checkbox"
              role="switch"
              checked={sitePaused}
              disabled={state.sitesLocked}
              onChange={() => void toggleSite()}
              data-cg-pause-site={site}
            />
            <span class="pp-switch" aria-hidden="true" />
            {t(lang, 'popPauseSite')}
          </label>
        ) : null}
      </header>
      {site && state?.outOfScope ? (
        <p class="pp-scope" role="status" data-cg-out-of-scope={site}>
          {t(lang, 'popOutOfScope', { host: site })}
        </p>
      ) : null}
      {state && (state.paused || sitePaused) ? (
        <div class="pp-paused" role="status" data-cg-paused={state.paused ? 'all' : 'site'}>
          {t(lang, state.paused ? 'pausedAll' : 'pausedSite')}
          {state.paused ? <span class="pp-paused-hint">{t(lang, 'popPausedAllHint')}</span> : null}
        </div>
      ) : null}
      <div class="pp-body">
        <nav class="pp-side">
          <div class="pp-search">
            <svg class="pp-search-ico" viewBox="0 0 16 16" aria-hidden="true">
              <circle cx="7" cy="7" r="4.5" fill="none" stroke="currentColor" stroke-width="1.5" />
              <path d="M10.5 10.5L14 14" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" />
            </svg>
            <input
              ref={searchRef}
              type="search"
              {...({ role: 'combobox' } as object)}
              aria-expanded="true"
              aria-controls={`${LIST_ID}-listbox`}
              aria-activedescendant={activeId ? optionId(LIST_ID, activeId) : undefined}
              aria-label={t(lang, 'popSearchLabel')}
              placeholder={t(lang, 'popSearchPlaceholder')}
              value={query}
              autofocus
              data-cg-search=""
              onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
              onKeyDown={onSearchKey}
            />
          </div>
          <div class="pp-list">
            {templates ? (
              <TemplateList
                groups={groups}
                lang={lang}
                activeId={activeId}
                selectedId={selectedId}
                last={last}
                query={query}
                idPrefix={LIST_ID}
                onPick={(tpl) => pick(tpl)}
                onActive={(tpl) => setActiveId(tpl.id)}
              />
            ) : null}
          </div>
          <button type="button" class="pp-manage" onClick={() => api.openOptions()}>
            {t(lang, 'popManage')}
          </button>
        </nav>
        <main class="pp-main">
          {selected && rendered ? (
            <form
              ref={formRef}
              class="pp-form"
              data-cg-form={selected.id}
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
                void insert();
              }}
              onKeyDown={onFormKey}
            >
              <div class="pp-title-row">
                <h1 class="pp-title">
                  {selected.name ? selected.name : SCENARIO_BY_ID[selected.scenario]?.name[lang]}
                  <span class="pp-subtitle">{selected.name ? '' : templateTitle(selected, lang).split(' · ')[1]}</span>
                </h1>
                <div class="pp-aud" role="group" aria-label={t(lang, 'audienceLabel')}>
                  <span class="pp-aud-label">{t(lang, 'audienceLabel')}</span>
                  {(['debtor', 'third_party'] as const).map((a) => (
                    <button
                      type="button"
                      key={a}
                      aria-pressed={audience === a ? 'true' : 'false'}
                      data-cg-audience={a}
                      onClick={() => setAudience(a)}
                    >
                      {t(lang, a === 'debtor' ? 'audienceDebtor' : 'audienceThirdParty')}
                    </button>
                  ))}
                </div>
              </div>
              <section class="pp-section">
                <h2 class="pp-h2">{t(lang, 'popFillIn')}</h2>
                <VarFields
                  vars={vars}
                  values={values}
                  issues={rendered.issues}
                  shown={shown}
                  lang={lang}
                  idPrefix="pv"
                  onInput={setValue}
                  onBlur={touch}
                />
              </section>
              <section class="pp-section pp-preview">
                <h2 class="pp-h2">{t(lang, 'popPreview')}</h2>
                <Preview rendered={rendered} findings={findings} lang={lang} declared={selected.segments} />
              </section>
              <div class="pp-actions">
                <div class={`pp-status${status ? ` pp-status-${status.kind}` : ''}`} role="status" aria-live="polite" data-cg-status={status?.kind ?? ''}>
                  {status?.text ?? ''}
                </div>
                <button type="button" class={`pp-btn${target === null ? ' pp-primary' : ''}`} onClick={() => void copy()} data-cg-copy="">
                  {t(lang, 'popCopy')}
                </button>
                <button type="submit" class={`pp-btn${target === null ? '' : ' pp-primary'}`} data-cg-insert="" title={t(lang, 'popInsertTitle')} disabled={busy}>
                  {t(lang, 'popInsert')}
                </button>
              </div>
            </form>
          ) : (
            <div class="pp-empty">
              <p>{t(lang, 'popPickTemplate')}</p>
              <p class="pp-hint">{t(lang, 'popPickHint')}</p>
            </div>
          )}
        </main>
      </div>
    </div>
  );
}
