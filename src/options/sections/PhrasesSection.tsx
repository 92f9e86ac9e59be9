// Custom phrases: a form checked with validateCustomRules as the user types (an invalid entry
// shows why and cannot be saved; a regex that could backtrack catastrophically is refused), and
// the list of phrases in force, the organisation's first and read-only.

import { useMemo, useState } from 'preact/hooks';
import { CONTENT_CATEGORIES, SEVERITIES, validateCustomRules, type Category, type CustomPhrase, type Severity } from '../../core/index';
import { stripEntryPrefix } from '../../settings/validate';
import { useOptions } from '../context';
import { CATEGORY_LABELS, SEVERITY_LABELS } from '../rules-model';
import { FieldErrors, OrgTag, Section } from '../ui';

interface Draft {
  phrase: string;
  regex: boolean;
  category: Category;
  severity: Severity;
  message: string;
  suggestion: string;
}

const EMPTY: Draft = { phrase: '', regex: false, category: 'insult', severity: 'error', message: '', suggestion: '' };

const key = (c: Pick<CustomPhrase, 'phrase' | 'regex' | 'category'>) => `${c.regex ? 1 : 0}|${c.category}|${c.phrase.trim()}`;

export function toPhrase(d: Draft): Record<string, unknown> {
  return {
    phrase: d.phrase,
    ...(d.regex ? { regex: true } : {}),
    category: d.category,
    severity: d.severity,
    ...(d.message.trim() ? { message: d.message.trim() } : {}),
    ...(d.suggestion.trim() ? { suggestion: d.suggestion.trim() } : {}),
  };
}

export function PhrasesSection() {
  const o = useOptions();
  const { user, policy, effective } = o.state;
  const locked = o.locked('customPhrases');
  const managed = policy.values.customPhrases ?? [];
  const mine = locked ? [] : user.customPhrases;
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [editing, setEditing] = useState<number | null>(null);
  const [touched, setTouched] = useState(false);
  const [attempted, setAttempted] = useState(false);

  const check = useMemo(() => {
    const r = validateCustomRules([toPhrase(draft)]);
    const errors = r.errors.map((e) => `${e.field ? `${fieldName(o.tr, e.field)}：` : ''}${stripEntryPrefix(o.lt(e.message))}`);
    const candidate = r.rules[0];
    if (candidate) {
      const dup = [...managed, ...mine.filter((_, i) => i !== editing)].some((c) => key(c) === key(candidate));
      if (dup) errors.push(o.tr('phraseDuplicate'));
    }
    return { ok: errors.length === 0 && !!candidate, errors, candidate };
  }, [draft, managed, mine, editing, o]);

  const set = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setTouched(true);
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    setAttempted(true);
    if (!check.ok || !check.candidate) return;
    const list = [...mine];
    if (editing !== null) list[editing] = check.candidate;
    else list.push(check.candidate);
    if (await o.save({ customPhrases: list })) {
      setDraft(EMPTY);
      setEditing(null);
      setTouched(false);
      setAttempted(false);
    }
  };

  const edit = (i: number) => {
    const c = mine[i]!;
    setDraft({ phrase: c.phrase, regex: !!c.regex, category: c.category, severity: c.severity, message: c.message ?? '', suggestion: c.suggestion ?? '' });
    setEditing(i);
    setTouched(false);
  };

  const remove = async (i: number) => {
    if (!(await o.save({ customPhrases: mine.filter((_, j) => j !== i) }))) return;
    // The phrase being edited keeps its place in the shorter list (or the form is cleared when it
    // was the one removed), so "save changes" never overwrites another phrase.
    if (editing === i) {
      setDraft(EMPTY);
      setEditing(null);
      setTouched(false);
      setAttempted(false);
    } else setEditing((e) => (e !== null && e > i ? e - 1 : e));
  };
  // Errors show as soon as there is something to judge (or after a submit attempt), not on an empty form.
  const showErrors = (touched && draft.phrase !== '') || attempted ? check.errors : [];
  const invalid = showErrors.length > 0;

  return (
    <Section id="phrases" section="customPhrases" title={o.tr('phrasesTitle')} intro={o.tr('phrasesIntro')}>
      <form class="phrase-form" onSubmit={submit} data-cg-phrase-form="" noValidate>
        <div class="form-grid">
          <label class="field wide">
            <span>{o.tr('phraseLabel')}</span>
            <input
              type="text"
              name="phrase"
              value={draft.phrase}
              placeholder={draft.regex ? o.tr('phraseRegexPlaceholder') : o.tr('phrasePlaceholder')}
              aria-invalid={invalid ? 'true' : 'false'}
              aria-describedby="phrase-errors phrase-hint"
              onInput={(e) => set({ phrase: (e.currentTarget as HTMLInputElement).value })}
            />
          </label>
          <label class="field">
            <span>{o.tr('colCategory')}</span>
            <select name="category" value={draft.category} onChange={(e) => set({ category: (e.currentTarget as HTMLSelectElement).value as Category })}>
              {CONTENT_CATEGORIES.map((c) => (
                <option value={c} key={c}>
                  {o.lt(CATEGORY_LABELS[c])}
                </option>
              ))}
            </select>
          </label>
          <label class="field">
            <span>{o.tr('colSeverity')}</span>
            <select name="severity" value={draft.severity} onChange={(e) => set({ severity: (e.currentTarget as HTMLSelectElement).value as Severity })}>
              {SEVERITIES.map((v) => (
                <option value={v} key={v}>
                  {o.lt(SEVERITY_LABELS[v])}
                </option>
              ))}
            </select>
          </label>
          <label class="field wide">
            <span>
              {o.tr('phraseMessage')} <span class="opt">{o.tr('optional')}</span>
            </span>
            <input type="text" name="message" value={draft.message} placeholder={o.tr('phraseMessagePlaceholder')} onInput={(e) => set({ message: (e.currentTarget as HTMLInputElement).value })} />
          </label>
          <label class="field wide">
            <span>
              {o.tr('phraseSuggestion')} <span class="opt">{o.tr('optional')}</span>
            </span>
            <input type="text" name="suggestion" value={draft.suggestion} placeholder={o.tr('phraseSuggestionPlaceholder')} onInput={(e) => set({ suggestion: (e.currentTarget as HTMLInputElement).value })} />
          </label>
        </div>
        <div class="toolbar phrase-opts">
          <label class="inline check">
            <input type="checkbox" name="regex" checked={draft.regex} onChange={(e) => set({ regex: (e.currentTarget as HTMLInputElement).checked })} />
            {o.tr('phraseRegex')}
          </label>
        </div>
        <p class="hint" id="phrase-hint">
          {draft.regex ? o.tr('phraseRegexHint') : o.tr('phraseSyntaxHint')}
        </p>
        <FieldErrors id="phrase-errors" errors={showErrors} />
        <div class="actions">
          <button type="submit" class="primary" disabled={!check.ok} data-cg-phrase-add="">
            {editing !== null ? o.tr('saveChanges') : o.tr('addPhrase')}
          </button>
          {editing !== null || draft.phrase ? (
            <button
              type="button"
              onClick={() => {
                setDraft(EMPTY);
                setEditing(null);
                setTouched(false);
                setAttempted(false);
              }}
            >
              {o.tr('cancel')}
            </button>
          ) : null}
        </div>
      </form>

      {effective.customPhrases.length === 0 ? (
        <p class="empty">{o.tr('noPhrases')}</p>
      ) : (
        <table class="grid phrases">
          <thead>
            <tr>
              <th scope="col">{o.tr('phraseLabel')}</th>
              <th scope="col">{o.tr('colCategory')}</th>
              <th scope="col">{o.tr('colSeverity')}</th>
              <th scope="col">{o.tr('phraseMessage')}</th>
              <th scope="col">
                <span class="sr-only">{o.tr('actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {managed.map((c) => (
              <PhraseRow key={`m${key(c)}`} c={c} org />
            ))}
            {mine.map((c, i) => (
              <PhraseRow key={`u${key(c)}`} c={c} onEdit={() => edit(i)} onRemove={() => void remove(i)} />
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}

function fieldName(tr: ReturnType<typeof useOptions>['tr'], field: string): string {
  switch (field) {
    case 'phrase':
      return tr('phraseLabel');
    case 'category':
      return tr('colCategory');
    case 'severity':
      return tr('colSeverity');
    case 'message':
      return tr('phraseMessage');
    case 'suggestion':
      return tr('phraseSuggestion');
    default:
      return field;
  }
}

function PhraseRow(props: { c: CustomPhrase; org?: boolean; onEdit?: () => void; onRemove?: () => void }) {
  const o = useOptions();
  const c = props.c;
  return (
    <tr data-cg-phrase={c.phrase}>
      <td>
        {c.regex ? <code title={o.tr('phraseRegex')}>/{c.phrase}/</code> : <span class="phrase">{c.phrase}</span>}
        {c.suggestion ? <div class="hint">{o.tr('suggestionArrow', { text: c.suggestion })}</div> : null}
      </td>
      <td>{o.lt(CATEGORY_LABELS[c.category])}</td>
      <td>
        <span class={`sev sev-${c.severity}`}>{o.lt(SEVERITY_LABELS[c.severity])}</span>
      </td>
      <td class="msg">{c.message ?? <span class="hint">{o.tr('defaultMessage')}</span>}</td>
      <td class="actions">
        {props.org ? (
          <OrgTag />
        ) : (
          <>
            <button type="button" class="link" onClick={props.onEdit} aria-label={o.tr('editNamed', { name: c.phrase })}>
              {o.tr('edit')}
            </button>
            <button type="button" class="link danger" onClick={props.onRemove} aria-label={o.tr('removeNamed', { name: c.phrase })}>
              {o.tr('remove')}
            </button>
          </>
        )}
      </td>
    </tr>
  );
}
