// The custom-template manager the options page mounts: create, edit, duplicate and delete
// custom templates; import and export them as JSON (the format is documented in ../io.ts).
//
// Every save is checked: the entry's rules (io.ts `validateEntry`) and the compliance check
// (check.ts: rendered with typical values, linted for the template's audience). Errors block the
// save; warnings are listed and need a second click. A bad import file is rejected whole, naming
// the entry and the field, and nothing already saved changes.
//
// Usage (options page):
//   <TemplateManager lang={lang} locked={locked.templates} managed={policy.templates}
//                    lintContext={lintContextFor(settings, PACKS)} />

import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { lint } from '../../core/index';
import type { Audience, Finding, Lang, LintContext } from '../../core/types';
import { t } from '../../ui/i18n/index';
import { BUILTIN_TEMPLATES, SCENARIOS, SCENARIO_BY_ID, TONES, TONE_NAMES } from '../builtin';
import { checkTemplate, checkTemplates } from '../check';
import { exportTemplates, MAX_FILE_BYTES, mergeImported, parseTemplateFile, validateEntry } from '../io';
import { exampleValues, render } from '../render';
import { templateTitle } from '../search';
import { loadCustomTemplates, parseCustom, saveCustomTemplates, watchCustomTemplates } from '../storage';
import type { ScenarioId, Template, Tone } from '../types';
import { VAR_KEYS, VARIABLES } from '../variables';
import { Preview } from './Preview';
import { FONT_STACK, TEMPLATE_UI_CSS, themeCss } from './styles';
import { fieldErrorText, importErrorText } from './text';
import { registerCatalog } from '../../ui/i18n/index';
import { manager } from '../../ui/i18n/manager';

registerCatalog(manager);

export interface TemplateStore {
  load(): Promise<Template[]>;
  save(templates: readonly Template[]): Promise<void>;
  watch?(onChange: (templates: Template[]) => void): () => void;
}

export const extensionTemplateStore: TemplateStore = {
  load: loadCustomTemplates,
  save: saveCustomTemplates,
  watch: watchCustomTemplates,
};

/** Saves a file with the browser's download (no network: a blob URL). */
export function downloadJson(json: string, filename = 'collectguard-templates.json'): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export interface TemplateManagerProps {
  lang: Lang;
  /** The organisation manages templates: everything is read-only. */
  locked?: boolean;
  /** Templates the organisation policy pushes (raw, validated here); shown read-only. */
  managed?: unknown[];
  /** Settings that shape the compliance check (custom phrases, allowlist, severities, pack). */
  lintContext?: Partial<LintContext>;
  store?: TemplateStore;
  /** Where an export goes (default: a download). */
  onExport?(json: string): void;
}

interface Draft {
  /** The custom template being edited; absent for a new one (or a duplicate). */
  id?: string;
  name: string;
  scenario: ScenarioId;
  tone: Tone;
  audience: Audience;
  body: string;
}

type Notice = { kind: 'ok' | 'error'; text: string } | null;

const EMPTY_BODY = '【{platform}】{salutation}您好，';

export function TemplateManager({ lang, locked = false, managed, lintContext = {}, store = extensionTemplateStore, onExport = downloadJson }: TemplateManagerProps) {
  const [list, setList] = useState<Template[] | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [draftErrors, setDraftErrors] = useState<string[]>([]);
  const [pendingWarnings, setPendingWarnings] = useState<Finding[] | null>(null);
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [pendingImport, setPendingImport] = useState<{ templates: Template[]; warnings: { template: Template; findings: Finding[] }[] } | null>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let alive = true;
    void store.load().then((l) => alive && setList(l));
    const stop = store.watch?.((l) => setList(l));
    return () => {
      alive = false;
      stop?.();
    };
  }, [store]);

  const managedList = useMemo(() => parseCustom(managed ?? []), [managed]);
  const templates = list ?? [];

  // ---- editing -----------------------------------------------------------------------------
  function open(d: Draft) {
    setDraft(d);
    setDraftErrors([]);
    setPendingWarnings(null);
    setNotice(null);
    setConfirmDelete(null);
    setTimeout(() => nameRef.current?.focus(), 0);
  }

  function update(patch: Partial<Draft>) {
    setDraft((d) => (d ? { ...d, ...patch } : d));
    setDraftErrors([]);
    setPendingWarnings(null);
  }

  function insertVar(key: string) {
    const ta = bodyRef.current;
    if (!ta || !draft) return;
    const token = `{${key}}`;
    const s = ta.selectionStart ?? draft.body.length;
    const e = ta.selectionEnd ?? s;
    const body = draft.body.slice(0, s) + token + draft.body.slice(e);
    update({ body });
    setTimeout(() => {
      ta.focus();
      ta.setSelectionRange(s + token.length, s + token.length);
    }, 0);
  }

  const preview = useMemo(() => {
    if (!draft) return null;
    const rendered = render(draft, exampleValues(), { lang });
    let findings: Finding[] = [];
    try {
      const { now: _n, ...ctx } = lintContext;
      findings = lint(rendered.text, { ...ctx, audience: draft.audience });
    } catch {
      findings = [];
    }
    return { rendered, findings };
  }, [draft, lang, lintContext]);

  async function save(confirmed: boolean) {
    if (!draft || list === null) return;
    const others = new Set(templates.filter((x) => x.id !== draft.id).map((x) => x.id));
    const r = validateEntry(
      { ...(draft.id ? { id: draft.id } : {}), name: draft.name, scenario: draft.scenario, tone: draft.tone, audience: draft.audience, body: draft.body },
      undefined,
      { seen: others },
    );
    if (!r.ok) {
      setDraftErrors([fieldErrorText(lang, r.error)]);
      return;
    }
    const c = checkTemplate(r.value, lintContext);
    if (c.errors.length) {
      setDraftErrors([t(lang, 'tmLintErrors', { n: c.errors.length }), ...c.errors.map((f) => f.message)]);
      return;
    }
    if (c.warnings.length && !confirmed) {
      setPendingWarnings(c.warnings);
      return;
    }
    const next = draft.id && templates.some((x) => x.id === draft.id) ? templates.map((x) => (x.id === draft.id ? r.value : x)) : [...templates, r.value];
    try {
      await store.save(next);
    } catch (e) {
      setDraftErrors([String(e)]);
      return;
    }
    setList(next);
    setDraft(null);
    setPendingWarnings(null);
    setNotice({ kind: 'ok', text: t(lang, 'tmSaved', { name: r.value.name ?? r.value.id }) });
  }

  async function remove(tpl: Template) {
    const next = templates.filter((x) => x.id !== tpl.id);
    await store.save(next);
    setList(next);
    setConfirmDelete(null);
    if (draft?.id === tpl.id) setDraft(null);
    setNotice({ kind: 'ok', text: t(lang, 'tmDeleted', { name: tpl.name ?? tpl.id }) });
  }

  function duplicate(tpl: Template) {
    open({
      name: t(lang, 'tmCopyName', { name: templateTitle(tpl, lang) }).slice(0, 40),
      scenario: tpl.scenario,
      tone: tpl.tone,
      audience: tpl.audience,
      body: tpl.body,
    });
  }

  // ---- import / export ---------------------------------------------------------------------
  async function importFile(file: File) {
    setNotice(null);
    setPendingImport(null);
    // A file far too large to be a template file is refused before it is read (UTF-8: ≤ 3 bytes a character).
    const parsed: ReturnType<typeof parseTemplateFile> = file.size > MAX_FILE_BYTES * 3 ? { ok: false, error: { code: 'too_big' } } : parseTemplateFile(await file.text());
    if (!parsed.ok) {
      setNotice({ kind: 'error', text: importErrorText(lang, parsed.error) });
      return;
    }
    const checked = checkTemplates(parsed.value, lintContext);
    if (!checked.ok) {
      setNotice({ kind: 'error', text: importErrorText(lang, checked.error) });
      return;
    }
    if (checked.warnings.length) {
      setPendingImport({ templates: parsed.value, warnings: checked.warnings });
      return;
    }
    await commitImport(parsed.value);
  }

  async function commitImport(imported: Template[]) {
    const next = mergeImported(templates, imported);
    try {
      await store.save(next);
    } catch (e) {
      setNotice({ kind: 'error', text: String(e) });
      return;
    }
    setList(next);
    setPendingImport(null);
    setNotice({ kind: 'ok', text: t(lang, 'tmImported', { n: imported.length }) });
  }

  function exportAll() {
    if (!templates.length) {
      setNotice({ kind: 'error', text: t(lang, 'tmNothingToExport') });
      return;
    }
    onExport(exportTemplates(templates));
  }

  // ---- view --------------------------------------------------------------------------------
  const row = (tpl: Template, kind: 'custom' | 'builtin' | 'managed') => (
    <li class="tm-row" key={`${kind}:${tpl.id}`} data-tm-template={tpl.id} data-tm-kind={kind}>
      <div class="tm-row-main">
        <span class="tm-row-name">{templateTitle(tpl, lang)}</span>
        <span class="tm-row-meta">
          {SCENARIO_BY_ID[tpl.scenario]?.name[lang]} · {TONE_NAMES[tpl.tone][lang]} ·{' '}
          {t(lang, tpl.audience === 'debtor' ? 'audienceDebtor' : 'audienceThirdParty')} · {t(lang, 'popSegmentsShort', { n: tpl.segments })}
        </span>
        <span class="tm-row-body">{tpl.body}</span>
      </div>
      {locked ? null : confirmDelete === tpl.id ? (
        <div class="tm-row-acts" role="group">
          <span class="tm-confirm">{t(lang, 'tmConfirmDelete', { name: templateTitle(tpl, lang) })}</span>
          <button type="button" class="tm-btn tm-danger" data-tm-action="confirm-delete" onClick={() => void remove(tpl)}>
            {t(lang, 'tmDelete')}
          </button>
          <button type="button" class="tm-btn" onClick={() => setConfirmDelete(null)}>
            {t(lang, 'tmCancel')}
          </button>
        </div>
      ) : (
        <div class="tm-row-acts">
          {kind === 'custom' ? (
            <button type="button" class="tm-btn" data-tm-action="edit" onClick={() => open({ id: tpl.id, name: tpl.name ?? '', scenario: tpl.scenario, tone: tpl.tone, audience: tpl.audience, body: tpl.body })}>
              {t(lang, 'tmEdit')}
            </button>
          ) : null}
          <button type="button" class="tm-btn" data-tm-action="duplicate" onClick={() => duplicate(tpl)}>
            {t(lang, kind === 'custom' ? 'tmDuplicate' : 'tmDuplicateBuiltin')}
          </button>
          {kind === 'custom' ? (
            <button type="button" class="tm-btn tm-danger-text" data-tm-action="delete" onClick={() => setConfirmDelete(tpl.id)}>
              {t(lang, 'tmDelete')}
            </button>
          ) : null}
        </div>
      )}
    </li>
  );

  return (
    <div class="tm" data-cg-template-manager="">
      <style>{TM_CSS}</style>
      <div class="tm-hd">
        <h3 class="tm-title">{t(lang, 'tmTitle')}</h3>
        {locked ? null : (
          <div class="tm-hd-acts">
            <button type="button" class="tm-btn tm-primary" data-tm-new="" onClick={() => open({ name: '', scenario: 'custom', tone: 'standard', audience: 'debtor', body: EMPTY_BODY })}>
              {t(lang, 'tmNew')}
            </button>
            <button type="button" class="tm-btn" onClick={() => fileRef.current?.click()}>
              {t(lang, 'tmImport')}
            </button>
            <input
              ref={fileRef}
              type="file"
              accept=".json,application/json"
              hidden
              data-tm-import=""
              onChange={(e) => {
                const input = e.currentTarget as HTMLInputElement;
                const f = input.files?.[0];
                input.value = '';
                if (f) void importFile(f);
              }}
            />
            <button type="button" class="tm-btn" data-tm-export="" onClick={exportAll}>
              {t(lang, 'tmExport')}
            </button>
          </div>
        )}
      </div>
      <p class="tm-intro">{t(lang, 'tmIntro')}</p>
      {notice ? (
        <div class={`tm-notice tm-notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-tm-notice={notice.kind}>
          {notice.text}
        </div>
      ) : null}
      {pendingImport ? (
        <div class="tm-confirm-box" role="alertdialog" data-tm-import-confirm="">
          <p>{t(lang, 'tmImportWarnings', { n: pendingImport.warnings.length })}</p>
          <ul>
            {pendingImport.warnings.map((w) => (
              <li key={w.template.id}>
                <b>{templateTitle(w.template, lang)}</b>：{w.findings.map((f) => f.message).join('；')}
              </li>
            ))}
          </ul>
          <div class="tm-acts">
            <button type="button" class="tm-btn tm-primary" data-tm-import-anyway="" onClick={() => void commitImport(pendingImport.templates)}>
              {t(lang, 'tmImportAnyway')}
            </button>
            <button type="button" class="tm-btn" onClick={() => setPendingImport(null)}>
              {t(lang, 'tmCancel')}
            </button>
          </div>
        </div>
      ) : null}

      {draft && preview ? (
        <form
          class="tm-editor"
          data-tm-editor={draft.id ?? 'new'}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save(false);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setDraft(null);
          }}
        >
          <div class="tm-grid">
            <label class="tm-field tm-wide">
              <span>{t(lang, 'tmFieldName')}</span>
              <input ref={nameRef} value={draft.name} maxLength={40} data-tm-field="name" onInput={(e) => update({ name: (e.currentTarget as HTMLInputElement).value })} />
            </label>
            <label class="tm-field">
              <span>{t(lang, 'tmFieldScenario')}</span>
              <select value={draft.scenario} data-tm-field="scenario" onChange={(e) => {
                const scenario = (e.currentTarget as HTMLSelectElement).value as ScenarioId;
                update({ scenario, audience: SCENARIO_BY_ID[scenario]?.audience ?? draft.audience });
              }}>
                {SCENARIOS.map((s) => (
                  <option value={s.id} key={s.id}>
                    {s.name[lang]}
                  </option>
                ))}
              </select>
            </label>
            <label class="tm-field">
              <span>{t(lang, 'tmFieldTone')}</span>
              <select value={draft.tone} data-tm-field="tone" onChange={(e) => update({ tone: (e.currentTarget as HTMLSelectElement).value as Tone })}>
                {TONES.map((x) => (
                  <option value={x} key={x}>
                    {TONE_NAMES[x][lang]}
                  </option>
                ))}
              </select>
            </label>
            <label class="tm-field">
              <span>{t(lang, 'tmFieldAudience')}</span>
              <select value={draft.audience} data-tm-field="audience" onChange={(e) => update({ audience: (e.currentTarget as HTMLSelectElement).value as Audience })}>
                <option value="debtor">{t(lang, 'audienceDebtor')}</option>
                <option value="third_party">{t(lang, 'audienceThirdParty')}</option>
              </select>
            </label>
          </div>
          <label class="tm-field">
            <span>{t(lang, 'tmFieldBody')}</span>
            <textarea ref={bodyRef} rows={5} value={draft.body} data-tm-field="body" onInput={(e) => update({ body: (e.currentTarget as HTMLTextAreaElement).value })} />
          </label>
          <div class="tm-chips" role="group" aria-label={t(lang, 'tmInsertVar')}>
            <span class="tm-chips-label">{t(lang, 'tmInsertVar')}</span>
            {VAR_KEYS.map((k) => (
              <button type="button" class="tm-chip" key={k} title={`{${k}}`} data-tm-var={k} onClick={() => insertVar(k)}>
                {VARIABLES[k].label[lang]}
              </button>
            ))}
          </div>
          <div class="tm-preview">
            <div class="tm-preview-note">{t(lang, 'tmPreviewNote')}</div>
            <Preview rendered={preview.rendered} findings={preview.findings} lang={lang} />
          </div>
          {draftErrors.length ? (
            <div class="tm-notice tm-notice-error" role="alert" data-tm-errors="">
              {draftErrors.map((e, i) => (
                <div key={i}>{e}</div>
              ))}
            </div>
          ) : null}
          {pendingWarnings ? (
            <div class="tm-confirm-box" role="alertdialog" data-tm-warnings="">
              <p>{t(lang, 'tmLintWarnings', { n: pendingWarnings.length })}</p>
              <ul>
                {pendingWarnings.map((f) => (
                  <li key={`${f.ruleId}@${f.start}`}>{f.message}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <div class="tm-acts">
            {pendingWarnings ? (
              <button type="button" class="tm-btn tm-primary" data-tm-save-anyway="" onClick={() => void save(true)}>
                {t(lang, 'tmSaveAnyway')}
              </button>
            ) : (
              <button type="submit" class="tm-btn tm-primary" data-tm-save="">
                {t(lang, 'tmSave')}
              </button>
            )}
            <button type="button" class="tm-btn" onClick={() => setDraft(null)}>
              {t(lang, 'tmCancel')}
            </button>
          </div>
        </form>
      ) : null}

      {list === null ? null : templates.length ? <ul class="tm-list">{templates.map((x) => row(x, 'custom'))}</ul> : <p class="tm-empty">{t(lang, 'tmEmpty')}</p>}
      {managedList.length ? <ul class="tm-list">{managedList.map((x) => row(x, 'managed'))}</ul> : null}
      <details class="tm-builtin">
        <summary>{t(lang, 'tmBuiltinTitle')}</summary>
        <ul class="tm-list">{BUILTIN_TEMPLATES.map((x) => row(x, 'builtin'))}</ul>
      </details>
    </div>
  );
}

export const TM_CSS = `
${themeCss('.tm')}
.tm { font-family: ${FONT_STACK}; color: var(--cg-fg); font-size: 13px; line-height: 1.5; display: flex; flex-direction: column; gap: 12px; }
.tm *, .tm *::before, .tm *::after { box-sizing: border-box; }
.tm button, .tm input, .tm select, .tm textarea { font: inherit; color: inherit; }
.tm :focus-visible { outline: 2px solid var(--cg-focus); outline-offset: 1px; }
.tm-hd { display: flex; align-items: center; gap: 12px; flex-wrap: wrap; }
.tm-title { margin: 0; font-size: 15px; font-weight: 600; flex: 1; }
.tm-hd-acts, .tm-acts, .tm-row-acts { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
.tm-intro { margin: 0; color: var(--cg-muted); font-size: 12px; }
.tm-btn { border: 1px solid var(--cg-border); background: var(--cg-bg); border-radius: 6px; padding: 4px 12px; cursor: pointer; font-size: 12px; line-height: 20px; white-space: nowrap; }
.tm-btn:hover { background: var(--cg-soft); }
.tm-primary { background: var(--cg-focus); border-color: var(--cg-focus); color: var(--cg-on-focus) !important; font-weight: 600; }
.tm-primary:hover { filter: brightness(1.08); background: var(--cg-focus); }
.tm-danger { background: var(--cg-error); border-color: var(--cg-error); color: var(--cg-on-focus) !important; }
.tm-danger-text { color: var(--cg-error) !important; }
.tm-notice { border-radius: 6px; padding: 8px 12px; font-size: 12px; }
.tm-notice-ok { background: var(--cg-ok-bg); color: var(--cg-ok); }
.tm-notice-error { background: var(--cg-error-bg); color: var(--cg-error); }
.tm-confirm-box { border: 1px solid var(--cg-warning); background: var(--cg-warning-bg); border-radius: 6px; padding: 8px 12px; font-size: 12px; }
.tm-confirm-box p { margin: 0 0 4px; font-weight: 600; }
.tm-confirm-box ul { margin: 0 0 8px; padding-left: 18px; }
.tm-editor { border: 1px solid var(--cg-border); border-radius: 8px; padding: 12px 16px; display: flex; flex-direction: column; gap: 10px; background: var(--cg-bg); }
.tm-grid { display: grid; grid-template-columns: 2fr 1fr 1fr 1fr; gap: 8px 12px; }
.tm-field { display: flex; flex-direction: column; gap: 2px; font-size: 12px; color: var(--cg-muted); }
.tm-field input, .tm-field select, .tm-field textarea { border: 1px solid var(--cg-border); border-radius: 6px; padding: 4px 8px; background: var(--cg-bg); color: var(--cg-fg); font-size: 13px; }
.tm-field input, .tm-field select { height: 30px; }
.tm-field textarea { resize: vertical; line-height: 1.6; min-height: 96px; }
.tm-chips { display: flex; flex-wrap: wrap; gap: 4px; align-items: center; }
.tm-chips-label { font-size: 12px; color: var(--cg-muted); margin-right: 4px; }
.tm-chip { border: 1px solid var(--cg-border); background: var(--cg-soft); border-radius: 10px; padding: 0 8px; font-size: 12px; line-height: 20px; cursor: pointer; }
.tm-chip:hover { border-color: var(--cg-focus); }
.tm-preview-note { font-size: 11px; color: var(--cg-muted); margin-bottom: 4px; }
.tm-list { list-style: none; margin: 0; padding: 0; border: 1px solid var(--cg-border); border-radius: 8px; }
.tm-row { display: flex; gap: 12px; align-items: center; padding: 8px 12px; border-top: 1px solid var(--cg-border); }
.tm-row:first-child { border-top: 0; }
.tm-row-main { flex: 1; min-width: 0; display: flex; flex-direction: column; }
.tm-row-name { font-weight: 600; }
.tm-row-meta { font-size: 12px; color: var(--cg-muted); }
.tm-row-body { font-size: 12px; color: var(--cg-muted); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.tm-confirm { font-size: 12px; color: var(--cg-error); }
.tm-empty { color: var(--cg-muted); margin: 0; }
.tm-builtin summary { cursor: pointer; color: var(--cg-muted); font-size: 12px; margin-bottom: 8px; }
${TEMPLATE_UI_CSS}
`;
