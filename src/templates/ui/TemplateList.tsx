// The template list, grouped by scenario and filtered by the search (pinyin initials too), as a
// listbox driven from the search box (combobox pattern: the focus stays in the search box, the
// arrow keys move the active option). Shared by the popup and the in-page quick insert.

import type { Lang } from '../../core/types';
import { t } from '../../ui/i18n/index';
import './text';
import { isCommandEnter } from '../../ui/keys';
import { SCENARIOS, SCENARIO_BY_ID, TONE_NAMES } from '../scenarios';
import { parseBody } from '../render';
import { searchTemplates, templateTitle } from '../search';
import type { LastTemplates } from '../storage';
import type { ScenarioId, Template } from '../types';
import { VARIABLES } from '../variables';

export interface Group {
  scenario: ScenarioId;
  items: Template[];
}

/**
 * A key pressed in the search box above the list: ↑/↓ move the active option (stopping at the
 * ends), Enter (not the one that commits an IME composition) picks it. Whether the key was one
 * of these (its default is then prevented).
 */
export function listKey(e: KeyboardEvent, flat: readonly Template[], activeId: string | null, on: { active(tpl: Template): void; pick(tpl: Template): void }): boolean {
  const i = flat.findIndex((x) => x.id === activeId);
  if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    e.preventDefault();
    const next = flat[Math.min(flat.length - 1, Math.max(0, i + (e.key === 'ArrowDown' ? 1 : -1)))];
    if (next) on.active(next);
    return true;
  }
  if (isCommandEnter(e)) {
    e.preventDefault();
    const tpl = flat[i];
    if (tpl) on.pick(tpl);
    return true;
  }
  return false;
}

/**
 * Groups in scenario order with the scenario's last used template first; with a query, only the
 * matches, groups and items in order of relevance.
 */
export function groupTemplates(templates: readonly Template[], query: string, last: LastTemplates): { groups: Group[]; flat: Template[] } {
  const groups = new Map<ScenarioId, Template[]>();
  if (query.trim()) {
    for (const tpl of searchTemplates(templates, query)) {
      const g = groups.get(tpl.scenario) ?? [];
      // The scenario's last used template leads its group here too.
      if (last.byScenario[tpl.scenario] === tpl.id) g.unshift(tpl);
      else g.push(tpl);
      groups.set(tpl.scenario, g);
    }
  } else {
    for (const s of SCENARIOS) {
      const items = templates.filter((x) => x.scenario === s.id);
      if (!items.length) continue;
      const lastId = last.byScenario[s.id];
      const i = items.findIndex((x) => x.id === lastId);
      if (i > 0) items.unshift(...items.splice(i, 1));
      groups.set(s.id, items);
    }
  }
  const list = [...groups].map(([scenario, items]) => ({ scenario, items }));
  return { groups: list, flat: list.flatMap((g) => g.items) };
}

/**
 * What sets a template apart from its siblings: its text from the second sentence on (the first
 * one states the debt the same way in every tone), variables as their labels.
 */
export function excerpt(tpl: Template, lang: Lang): string {
  const text = parseBody(tpl.body)
    .tokens.map((tok) => (tok.kind === 'text' ? tok.text : tok.kind === 'var' && !tok.optional ? `〔${(tpl.labels?.[tok.key] ?? VARIABLES[tok.key].label)[lang]}〕` : ''))
    .join('')
    .replace(/^【[^】]*】/, '')
    .replace(/^〔[^〕]*〕(您好)?[，,]?/, '');
  const cut = text.search(/[。；]/);
  const rest = cut >= 0 ? text.slice(cut + 1) : '';
  return rest.length >= 12 ? rest : text;
}

export const optionId = (prefix: string, id: string) => `${prefix}-opt-${id.replace(/[^\w-]/g, '_')}`;

export interface TemplateListProps {
  groups: Group[];
  lang: Lang;
  activeId: string | null;
  selectedId: string | null;
  last: LastTemplates;
  query: string;
  idPrefix: string;
  onPick(tpl: Template): void;
  onActive?(tpl: Template): void;
  compact?: boolean;
}

export function TemplateList({ groups, lang, activeId, selectedId, last, query, idPrefix, onPick, onActive, compact }: TemplateListProps) {
  if (!groups.length) {
    return <div class="cg-list-empty">{t(lang, 'popNoMatch', { query: query.trim() })}</div>;
  }
  return (
    <div class={`cg-list${compact ? ' cg-compact' : ''}`} role="listbox" id={`${idPrefix}-listbox`} aria-label={t(lang, 'popTemplateList')}>
      {groups.map((g) => (
        <div class="cg-group" role="group" aria-labelledby={`${idPrefix}-g-${g.scenario}`} key={g.scenario}>
          <div class="cg-group-hd" id={`${idPrefix}-g-${g.scenario}`}>
            {SCENARIO_BY_ID[g.scenario]?.name[lang] ?? g.scenario}
          </div>
          {g.items.map((tpl) => {
            const isLast = last.byScenario[tpl.scenario] === tpl.id;
            return (
              <div
                key={tpl.id}
                id={optionId(idPrefix, tpl.id)}
                role="option"
                class={`cg-opt-row${tpl.id === activeId ? ' cg-active' : ''}${tpl.id === selectedId ? ' cg-selected' : ''}`}
                aria-selected={tpl.id === selectedId ? 'true' : 'false'}
                data-template-id={tpl.id}
                onClick={() => onPick(tpl)}
                onMouseMove={() => tpl.id !== activeId && onActive?.(tpl)}
                title={templateTitle(tpl, lang)}
              >
                <span class="cg-opt-top">
                  <span class={`cg-tone cg-tone-${tpl.tone}`}>{tpl.name ? tpl.name : TONE_NAMES[tpl.tone][lang]}</span>
                  {isLast ? <span class="cg-last">{t(lang, 'popLastUsed')}</span> : null}
                  <span class="cg-opt-seg">{t(lang, 'popSegmentsShort', { n: tpl.segments })}</span>
                </span>
                <span class="cg-excerpt">{excerpt(tpl, lang)}</span>
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}

export const LIST_CSS = `
.cg-list { display: flex; flex-direction: column; gap: 4px; }
.cg-list-empty { padding: 16px 12px; color: var(--cg-muted); font-size: 12px; }
.cg-group-hd { font-size: 11px; font-weight: 600; color: var(--cg-muted); padding: 8px 10px 2px; letter-spacing: .02em; }
.cg-opt-row { display: flex; flex-direction: column; gap: 2px; padding: 6px 10px; border-radius: 6px; cursor: pointer; border: 1px solid transparent; }
.cg-compact .cg-opt-row { padding: 4px 8px; }
.cg-opt-row.cg-active { background: var(--cg-hover); }
.cg-opt-row.cg-selected { border-color: var(--cg-focus); }
.cg-opt-top { display: flex; align-items: center; gap: 6px; min-width: 0; }
.cg-tone { font-size: 13px; font-weight: 600; color: var(--cg-fg); min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.cg-tone::before { content: ''; display: inline-block; width: 6px; height: 6px; border-radius: 50%; margin-right: 6px; vertical-align: 2px; background: var(--cg-muted); }
.cg-tone-gentle::before { background: #34a853; }
.cg-tone-standard::before { background: #4285f4; }
.cg-tone-firm::before { background: #9334e6; }
.cg-last { font-size: 10px; color: var(--cg-focus); border: 1px solid currentColor; border-radius: 4px; padding: 0 4px; line-height: 14px; white-space: nowrap; }
.cg-opt-seg { margin-left: auto; font-size: 11px; color: var(--cg-muted); white-space: nowrap; }
.cg-excerpt { font-size: 12px; color: var(--cg-muted); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
`;
