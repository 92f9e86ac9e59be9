// The in-page template picker: opens at the caret (shortcut or `//`), type to filter (pinyin
// initials too), Enter to choose, a compact fill-in form with the linted preview, Enter to insert.
// Escape closes it and leaves the text untouched. Enter that commits an IME composition (pinyin)
// does neither. Inserting happens on a key or a click only, never on the form's submit event, which
// a page's script can have the browser fire (form.requestSubmit()) past our trust check.

import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Audience, Finding, Lang } from '../../core/types';
import { render, templateVars } from '../../templates/render';
import { templateTitle } from '../../templates/search';
import type { LastTemplates } from '../../templates/storage';
import type { Template, Values, VarKey } from '../../templates/types';
import { Preview } from '../../templates/ui/Preview';
import { groupTemplates, listKey, optionId, TemplateList } from '../../templates/ui/TemplateList';
import { VarFields } from '../../templates/ui/VarFields';
import { t } from '../../ui/i18n/index';
import { isCommandEnter } from '../../ui/keys';
import type { CaretBox } from './caret';

export const PANEL_WIDTH = 440;

export interface QuickInsertProps {
  lang: Lang;
  templates: readonly Template[];
  last: LastTemplates;
  remembered: Values;
  caret: CaretBox;
  viewport: { w: number; h: number };
  /** Findings of the preview; null while they cannot be known yet (no verdict is shown then). */
  lint(text: string, audience: Audience): Finding[] | null;
  onInsert(template: Template, text: string, values: Values): void;
  onClose(): void;
  /** A message to show (an insert that failed). */
  error?: string | null;
}

const LIST_ID = 'qi';

export function QuickInsert({ lang, templates, last, remembered, caret, viewport, lint, onInsert, onClose, error }: QuickInsertProps) {
  const [query, setQuery] = useState('');
  const [activeId, setActiveId] = useState<string | null>(null);
  const [selected, setSelected] = useState<Template | null>(null);
  const [values, setValues] = useState<Values>(remembered);
  const [shown, setShown] = useState<Set<VarKey> | 'all'>(new Set());
  const rootRef = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const focusWant = useRef<'search' | 'first-empty' | VarKey | null>('search');

  const { groups, flat } = useMemo(() => groupTemplates(templates, query, last), [templates, query, last]);
  useEffect(() => {
    if (flat.length && (!activeId || !flat.some((x) => x.id === activeId))) setActiveId(flat[0]!.id);
  }, [flat, activeId]);
  useEffect(() => {
    if (activeId) rootRef.current?.querySelector(`[id="${optionId(LIST_ID, activeId)}"]`)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeId]);

  const vars = useMemo(() => (selected ? templateVars(selected) : []), [selected]);
  const rendered = useMemo(() => (selected ? render(selected, values, { lang }) : null), [selected, values, lang]);
  const findings = useMemo(() => (rendered && selected ? lint(rendered.text, selected.audience) : null), [rendered?.text, selected, lint]);

  useEffect(() => {
    const want = focusWant.current;
    if (!want) return;
    focusWant.current = null;
    if (want === 'search') {
      searchRef.current?.focus();
      return;
    }
    const inputs = [...(formRef.current?.querySelectorAll<HTMLInputElement>('input[data-var]') ?? [])];
    const el = want === 'first-empty' ? (inputs.find((i) => !i.value && i.required) ?? inputs.find((i) => !i.value) ?? inputs[0]) : inputs.find((i) => i.dataset.var === want);
    el?.focus();
  });

  function choose(tpl: Template) {
    setSelected(tpl);
    setShown(new Set());
    focusWant.current = 'first-empty';
  }

  function onSearchKey(e: KeyboardEvent) {
    listKey(e, flat, activeId, { active: (tpl) => setActiveId(tpl.id), pick: choose });
  }

  function submit() {
    if (!selected || !rendered) return;
    if (!rendered.ok) {
      setShown('all');
      focusWant.current = rendered.issues.find((x) => x.severity === 'error')!.key;
      setValues((v) => ({ ...v }));
      return;
    }
    onInsert(selected, rendered.text, values);
  }

  function onKey(e: KeyboardEvent) {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onClose();
    }
  }

  // Below the caret when there is room, else above it; always inside the viewport.
  const below = viewport.h - caret.bottom > 260 || caret.top < viewport.h / 2;
  const left = Math.max(8, Math.min(caret.x - 12, viewport.w - PANEL_WIDTH - 8));
  const style = below
    ? { left: `${left}px`, top: `${Math.max(8, caret.bottom + 6)}px`, maxHeight: `${Math.min(440, Math.max(160, viewport.h - caret.bottom - 16))}px` }
    : { left: `${left}px`, bottom: `${Math.max(8, viewport.h - caret.top + 6)}px`, maxHeight: `${Math.min(440, Math.max(160, caret.top - 16))}px` };

  return (
    <div ref={rootRef} class="qi" role="dialog" aria-label={t(lang, 'qiTitle')} data-cg-quick-insert="" style={style} onKeyDown={onKey}>
      <div class="qi-hd">
        <span class="qi-title">{selected ? templateTitle(selected, lang) : t(lang, 'qiTitle')}</span>
        {selected ? (
          <button
            type="button"
            class="qi-link"
            onClick={() => {
              setSelected(null);
              focusWant.current = 'search';
            }}
          >
            {t(lang, 'qiBack')}
          </button>
        ) : null}
        <button type="button" class="qi-x" aria-label={t(lang, 'close')} onClick={onClose}>
          ×
        </button>
      </div>
      {!selected ? (
        <>
          <div class="qi-search">
            <input
              ref={searchRef}
              type="search"
              {...({ role: 'combobox' } as object)}
              aria-expanded="true"
              aria-controls={`${LIST_ID}-listbox`}
              aria-activedescendant={activeId ? optionId(LIST_ID, activeId) : undefined}
              placeholder={t(lang, 'qiSearchPlaceholder')}
              aria-label={t(lang, 'popSearchLabel')}
              value={query}
              data-cg-qi-search=""
              onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
              onKeyDown={onSearchKey}
            />
          </div>
          <div class="qi-body">
            <TemplateList
              groups={groups}
              lang={lang}
              activeId={activeId}
              selectedId={null}
              last={last}
              query={query}
              idPrefix={LIST_ID}
              onPick={choose}
              onActive={(tpl) => setActiveId(tpl.id)}
              compact
            />
          </div>
          <div class="qi-ft">{t(lang, 'qiHintList')}</div>
        </>
      ) : (
        <form
          ref={formRef}
          class="qi-form"
          noValidate
          onSubmit={(e) => e.preventDefault()}
          onKeyDown={(e) => {
            if (isCommandEnter(e) && (e.target as Element).tagName === 'INPUT') {
              e.preventDefault();
              submit();
            }
          }}
        >
          <div class="qi-body">
            <VarFields
              vars={vars}
              values={values}
              issues={rendered!.issues}
              shown={shown}
              lang={lang}
              idPrefix="qv"
              compact
              onInput={(k, v) => setValues((old) => ({ ...old, [k]: v }))}
              onBlur={(k) => setShown((s) => (s === 'all' || s.has(k) ? s : new Set([...s, k])))}
            />
            <Preview rendered={rendered!} findings={findings} lang={lang} compact />
          </div>
          {error ? <div class="qi-error" role="alert">{error}</div> : null}
          <div class="qi-ft">
            <span>{t(lang, 'qiHintForm')}</span>
            <button type="button" class="qi-insert" data-cg-qi-insert="" onClick={submit}>
              {t(lang, 'popInsert')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}

export const QUICK_INSERT_CSS = `
.qi { position: fixed; width: ${PANEL_WIDTH}px; display: flex; flex-direction: column; pointer-events: auto;
  background: var(--cg-bg); color: var(--cg-fg); border: 1px solid var(--cg-border); border-radius: 8px; box-shadow: var(--cg-shadow);
  font-size: 13px; line-height: 1.45; overflow: hidden; }
.qi *, .qi *::before, .qi *::after { box-sizing: border-box; }
.qi button, .qi input { font: inherit; color: inherit; }
.qi :focus-visible { outline: 2px solid var(--cg-focus); outline-offset: 1px; }
.qi-hd { display: flex; align-items: center; gap: 8px; padding: 6px 6px 6px 12px; border-bottom: 1px solid var(--cg-border); }
.qi-title { flex: 1; font-weight: 600; font-size: 13px; min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.qi-link { border: 0; background: transparent; color: var(--cg-focus); cursor: pointer; font-size: 12px; padding: 2px 6px; border-radius: 4px; }
.qi-link:hover { background: var(--cg-soft); }
.qi-x { width: 24px; height: 24px; border: 0; background: transparent; border-radius: 6px; cursor: pointer; color: var(--cg-muted); font-size: 16px; line-height: 24px; padding: 0; }
.qi-x:hover { background: var(--cg-soft); }
.qi-search { padding: 8px 8px 4px; }
.qi-search input { width: 100%; height: 28px; border: 1px solid var(--cg-border); border-radius: 6px; padding: 2px 8px; background: var(--cg-bg); outline: 0; font-size: 12px; }
.qi-search input:focus { border-color: var(--cg-focus); box-shadow: 0 0 0 1px var(--cg-focus); }
.qi-body { overflow-y: auto; padding: 4px 8px 8px; display: flex; flex-direction: column; gap: 8px; min-height: 0; flex: 1; }
.qi-form { display: flex; flex-direction: column; min-height: 0; flex: 1; }
.qi-ft { display: flex; align-items: center; gap: 8px; padding: 6px 12px; border-top: 1px solid var(--cg-border); font-size: 11px; color: var(--cg-muted); }
.qi-ft span { flex: 1; }
.qi-insert { border: 1px solid var(--cg-focus); background: var(--cg-focus); color: var(--cg-on-focus) !important; font-weight: 600; border-radius: 6px; padding: 2px 14px; cursor: pointer; font-size: 12px; line-height: 20px; }
.qi-error { color: var(--cg-error); font-size: 12px; padding: 4px 12px; }
`;
