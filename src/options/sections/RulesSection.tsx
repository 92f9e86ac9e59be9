// Rule packs and categories on/off, severity per category and per rule, and a searchable list of
// every rule with its message, examples and source.

import { useMemo, useState } from 'preact/hooks';
import { PACKS } from '../../core/index';
import { CATEGORIES, SEVERITIES, type Category, type Severity } from '../../core/types';
import { SeverityIcon } from '../../ui/icons';
import { useOptions } from '../context';
import { CATEGORY_LABELS, SEVERITY_LABELS, ruleState, rulesOf, searchRules, type RuleInfo } from '../rules-model';
import { OrgTag, Section, Switch } from '../ui';

type Override = Severity | 'off';

function without<T>(list: T[], x: T): T[] {
  return list.filter((y) => y !== x);
}

export function RulesSection() {
  const o = useOptions();
  const { effective: s, policy } = o.state;
  const m = policy.values;
  const rules = rulesOf(s.pack);
  const [query, setQuery] = useState('');
  const [cat, setCat] = useState<Category | 'all'>('all');
  const [open, setOpen] = useState<string | null>(null);
  const found = useMemo(() => searchRules(rules, query, cat), [rules, query, cat]);
  const counts = useMemo(() => {
    const c = new Map<Category, number>();
    for (const r of rules) c.set(r.category, (c.get(r.category) ?? 0) + 1);
    return c;
  }, [rules]);

  const setOverride = (key: string, v: Override | 'default') => {
    const next = { ...s.severityOverrides };
    if (v === 'default') delete next[key];
    else next[key] = v;
    void o.save({ severityOverrides: next });
  };

  const orgCategory = (c: Category) => !!m.disabledCategories?.includes(c) || m.severityOverrides?.[c] !== undefined;
  const orgRule = (id: string) => !!m.disabledRules?.includes(id) || m.severityOverrides?.[id] !== undefined;
  const packIds = Object.keys(PACKS);

  return (
    <Section id="rules" section="rules" title={o.tr('rulesTitle')} intro={o.tr('rulesIntro')}>
      <h3>{o.tr('packsTitle')}</h3>
      <ul class="rows" aria-label={o.tr('packsTitle')}>
        {packIds.map((id) => {
          const p = PACKS[id]!;
          const on = !s.disabledPacks.includes(id);
          const org = !!m.disabledPacks?.includes(id) || (m.pack !== undefined && packIds.length > 1);
          return (
            <li class="row" key={id} data-pack={id}>
              <Switch
                checked={on}
                disabled={org}
                label={o.lt(p.name)}
                hint={o.tr('packRuleCount', { n: p.rules.length + Object.keys(p.checks).length })}
                onChange={(v) => void o.save({ disabledPacks: v ? without(s.disabledPacks, id) : [...s.disabledPacks, id] })}
              />
              {packIds.length > 1 ? (
                <label class="inline">
                  <input type="radio" name="pack" checked={s.pack === id} disabled={m.pack !== undefined} onChange={() => void o.save({ pack: id })} />
                  {o.tr('packInUse')}
                </label>
              ) : null}
              {org ? <OrgTag /> : null}
              {!on ? <p class="hint warn">{o.tr('packOffNote')}</p> : null}
            </li>
          );
        })}
      </ul>

      <h3>{o.tr('categoriesTitle')}</h3>
      <ul class="cat-grid" aria-label={o.tr('categoriesTitle')}>
        {CATEGORIES.map((c) => {
          const on = !s.disabledCategories.includes(c) && s.severityOverrides[c] !== 'off';
          const ov = s.severityOverrides[c];
          const org = orgCategory(c);
          return (
            <li key={c} class="cat" data-category={c}>
              <Switch
                checked={on}
                disabled={org}
                label={o.lt(CATEGORY_LABELS[c])}
                hint={o.tr('packRuleCount', { n: counts.get(c) ?? 0 })}
                onChange={(v) => {
                  if (v) {
                    const next = { ...s.severityOverrides };
                    if (next[c] === 'off') delete next[c];
                    void o.save({ disabledCategories: without(s.disabledCategories, c), severityOverrides: next });
                  } else void o.save({ disabledCategories: [...s.disabledCategories, c] });
                }}
              />
              {org ? <OrgTag /> : null}
              <select
                aria-label={o.tr('severityFor', { name: o.lt(CATEGORY_LABELS[c]) })}
                value={ov && ov !== 'off' ? ov : 'default'}
                disabled={org || !on}
                onChange={(e) => setOverride(c, (e.currentTarget as HTMLSelectElement).value as Severity | 'default')}
              >
                <option value="default">{o.tr('severityPerRule')}</option>
                {SEVERITIES.map((v) => (
                  <option value={v} key={v}>
                    {o.tr('severityAll', { severity: o.lt(SEVERITY_LABELS[v]) })}
                  </option>
                ))}
              </select>
            </li>
          );
        })}
      </ul>

      <h3 id="rule-browser-title">{o.tr('ruleBrowserTitle')}</h3>
      <div class="toolbar">
        <input
          type="search"
          class="grow"
          placeholder={o.tr('ruleSearchPlaceholder')}
          aria-label={o.tr('ruleSearchLabel')}
          value={query}
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
          data-cg-rule-search=""
        />
        <select aria-label={o.tr('colCategory')} value={cat} onChange={(e) => setCat((e.currentTarget as HTMLSelectElement).value as Category | 'all')}>
          <option value="all">{o.tr('allCategories')}</option>
          {CATEGORIES.filter((c) => counts.has(c)).map((c) => (
            <option value={c} key={c}>
              {o.lt(CATEGORY_LABELS[c])}
            </option>
          ))}
        </select>
      </div>
      <p class="hint" aria-live="polite">
        {o.tr('ruleCount', { n: found.length, total: rules.length })}
      </p>
      <ul class="rules" aria-labelledby="rule-browser-title">
        {found.map((r) => (
          <RuleRow
            key={r.id}
            rule={r}
            open={open === r.id}
            org={orgRule(r.id) || orgCategory(r.category)}
            onToggleOpen={() => setOpen(open === r.id ? null : r.id)}
            onOverride={(v) => setOverride(r.id, v)}
          />
        ))}
      </ul>
      {found.length === 0 ? <p class="empty">{o.tr('noRulesFound')}</p> : null}
    </Section>
  );
}

function RuleRow(props: { rule: RuleInfo; open: boolean; org: boolean; onToggleOpen: () => void; onOverride: (v: Override | 'default') => void }) {
  const o = useOptions();
  const s = o.state.effective;
  const r = props.rule;
  const st = ruleState(s, r);
  const catOff = s.disabledCategories.includes(r.category) || (s.severityOverrides[r.category] === 'off' && s.severityOverrides[r.id] === undefined);
  const detailsId = `rule-${r.id.replace(/\W/g, '-')}`;
  const save = o.save;
  const toggle = (v: boolean) => {
    if (v) {
      const next = { ...s.severityOverrides };
      if (next[r.id] === 'off') delete next[r.id];
      void save({ disabledRules: without(s.disabledRules, r.id), severityOverrides: next });
    } else void save({ disabledRules: [...s.disabledRules, r.id] });
  };
  const ov = s.severityOverrides[r.id];
  return (
    <li class={`rule${st.on ? '' : ' off'}`} data-rule-id={r.id} data-category={r.category} data-severity={st.severity}>
      <div class="rule-head">
        <Switch checked={st.on} disabled={props.org || catOff} label={o.lt(r.message)} onChange={toggle} />
        <span class={`sev sev-${st.severity}`}>
          <SeverityIcon severity={st.severity} />
          {o.lt(SEVERITY_LABELS[st.severity])}
        </span>
        <select
          aria-label={o.tr('severityFor', { name: r.id })}
          value={ov && ov !== 'off' ? ov : 'default'}
          disabled={props.org || !st.on}
          onChange={(e) => props.onOverride((e.currentTarget as HTMLSelectElement).value as Severity | 'default')}
        >
          <option value="default">{o.tr('severityDefault', { severity: o.lt(SEVERITY_LABELS[r.severity]) })}</option>
          {SEVERITIES.map((v) => (
            <option value={v} key={v}>
              {o.lt(SEVERITY_LABELS[v])}
            </option>
          ))}
        </select>
        <button type="button" class="link" aria-expanded={props.open ? 'true' : 'false'} aria-controls={detailsId} onClick={props.onToggleOpen}>
          {props.open ? o.tr('hideDetails') : o.tr('showDetails')}
        </button>
        {props.org ? <OrgTag /> : null}
      </div>
      <div class="rule-meta">
        <code>{r.id}</code> · {o.lt(CATEGORY_LABELS[r.category])}
        {catOff ? <span class="hint"> · {o.tr('categoryIsOff')}</span> : null}
      </div>
      {props.open ? (
        <div class="rule-details" id={detailsId}>
          {r.source ? (
            <p>
              <strong>{o.tr('ruleSource')}</strong> {o.lt(r.source)}
            </p>
          ) : null}
          {r.suggestion ? (
            <p>
              <strong>{o.tr('ruleSuggestion')}</strong> {o.lt(r.suggestion)}
            </p>
          ) : null}
          {r.kind === 'check' ? <p class="hint">{o.tr('ruleIsCheck')}</p> : null}
          {r.examples.bad.length ? (
            <div class="examples">
              <strong>{o.tr('examplesBad')}</strong>
              <ul>
                {r.examples.bad.slice(0, 6).map((x) => (
                  <li class="bad" key={x}>
                    <span aria-hidden="true">✗ </span>
                    {x}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {r.examples.good.length ? (
            <div class="examples">
              <strong>{o.tr('examplesGood')}</strong>
              <ul>
                {r.examples.good.slice(0, 6).map((x) => (
                  <li class="good" key={x}>
                    <span aria-hidden="true">✓ </span>
                    {x}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
