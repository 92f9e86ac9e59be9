// The rendered SMS as the agent will send it: filled-in values tinted, missing ones as 〔placeholders〕,
// the engine's findings underlined in place (wavy red/amber, dotted blue) and listed below with
// their suggestion, the character and segment count, and a 合规 mark when nothing is wrong.

import { codePoints, smsSegments } from '../../core/structure';
import { CATEGORY_LABELS, SEVERITY_LABELS } from '../../core/labels';
import type { Finding, Lang, Severity } from '../../core/types';
import { t } from '../../ui/i18n/index';
import './text';
import type { Rendered } from '../render';

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

interface Run {
  text: string;
  part: number;
  missing: boolean;
  variable: boolean;
  severity: Severity | null;
}

/** Splits the text where a variable part or the worst underlying finding changes. */
export function previewRuns(rendered: Rendered, findings: readonly Finding[]): Run[] {
  const text = rendered.text;
  const partOf = new Int32Array(text.length);
  let at = 0;
  rendered.parts.forEach((p, i) => {
    partOf.fill(i, at, at + p.text.length);
    at += p.text.length;
  });
  const sev = new Int8Array(text.length);
  for (const f of findings) {
    if (f.end <= f.start) continue;
    const r = RANK[f.severity];
    for (let i = Math.max(0, f.start); i < Math.min(text.length, f.end); i++) if (r > sev[i]!) sev[i] = r;
  }
  const runs: Run[] = [];
  const sevName = (r: number): Severity | null => (r === 3 ? 'error' : r === 2 ? 'warning' : r === 1 ? 'info' : null);
  for (let i = 0; i < text.length; ) {
    const p = partOf[i]!;
    const s = sev[i]!;
    let j = i + 1;
    while (j < text.length && partOf[j] === p && sev[j] === s) j++;
    const part = rendered.parts[p]!;
    runs.push({ text: text.slice(i, j), part: p, missing: !!part.missing, variable: !!part.key, severity: sevName(s) });
    i = j;
  }
  return runs;
}

function Mark({ kind, children }: { kind: 'ok' | 'error' | 'warning'; children: string }) {
  return (
    <span class={`cg-mark cg-mark-${kind}`} data-cg-mark={kind}>
      <svg class="cg-ico" viewBox="0 0 16 16" aria-hidden="true">
        {kind === 'ok' ? (
          <path d="M3.5 8.5l3 3 6-7" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
        ) : kind === 'error' ? (
          <path d="M4.5 4.5l7 7m0-7l-7 7" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
        ) : (
          <path d="M8 3v6.5M8 12.5v.5" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" />
        )}
      </svg>
      {children}
    </span>
  );
}

export interface PreviewProps {
  rendered: Rendered;
  /** null while the lint is on its way. */
  findings: readonly Finding[] | null;
  lang: Lang;
  /** Declared segment count of the template, shown beside the real one when they differ. */
  declared?: number;
  compact?: boolean;
}

export function Preview({ rendered, findings, lang, declared, compact }: PreviewProps) {
  const list = (findings ?? []).filter((f) => f.category !== 'length');
  const runs = previewRuns(rendered, list);
  const errors = list.filter((f) => f.severity === 'error').length;
  const warnings = list.filter((f) => f.severity === 'warning').length;
  const chars = codePoints(rendered.text);
  const segments = smsSegments(rendered.text);
  const sorted = [...list].sort((a, b) => RANK[b.severity] - RANK[a.severity] || a.start - b.start);
  const hasMissing = rendered.parts.some((p) => p.missing);
  return (
    <div class={`cg-preview${compact ? ' cg-compact' : ''}`} data-cg-preview="">
      <div class="cg-preview-text" data-cg-preview-text="">
        {runs.map((r, i) => (
          <span
            key={i}
            class={[r.variable ? (r.missing ? 'cg-ph' : 'cg-val') : '', r.severity ? `cg-u cg-u-${r.severity}` : ''].filter(Boolean).join(' ') || undefined}
          >
            {r.text}
          </span>
        ))}
      </div>
      <div class="cg-preview-meta">
        <span class="cg-count">
          {t(lang, 'chars', { n: chars })} · {t(lang, 'segments', { n: segments })}
          {declared && segments > declared ? <span class="cg-muted"> （{t(lang, 'popDeclaredSegments', { n: declared })}）</span> : null}
        </span>
        {findings === null ? null : errors ? (
          <Mark kind="error">{t(lang, 'popIssues', { n: errors + warnings })}</Mark>
        ) : warnings ? (
          <Mark kind="warning">{t(lang, 'popIssues', { n: warnings })}</Mark>
        ) : rendered.ok ? (
          <Mark kind="ok">{t(lang, 'compliant')}</Mark>
        ) : null}
      </div>
      {hasMissing && !compact ? <div class="cg-legend">{t(lang, 'popPlaceholderLegend')}</div> : null}
      {sorted.length ? (
        <ul class="cg-findings" role="list">
          {sorted.map((f) => (
            <li
              key={`${f.ruleId}@${f.start}`}
              class={`cg-finding cg-sev-${f.severity}`}
              data-rule-id={f.ruleId}
              data-category={f.category}
              data-severity={f.severity}
            >
              <span class="cg-finding-hd">
                <span class="cg-sev-label">{SEVERITY_LABELS[f.severity][lang]}</span>
                <span class="cg-cat">{CATEGORY_LABELS[f.category][lang]}</span>
              </span>
              <span class="cg-finding-msg">{f.message}</span>
              {f.suggestion && !compact ? (
                <span class="cg-finding-sugg">
                  {t(lang, 'popSuggestion')}
                  <b>{f.suggestion}</b>
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
