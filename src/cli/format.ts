// Human-readable report of the batch checker, for compliance officers: each finding with the
// offending span marked in its context, the reason, the suggestion and the source.

import { CATEGORY_LABELS, SEVERITY_LABELS } from '../core/labels';
import type { Finding, Lang, Severity } from '../core/types';

export interface Tally {
  messages: number;
  errors: number;
  warnings: number;
  clean: number;
  bad: number;
}

const ANSI: Record<Severity | 'ok' | 'mark' | 'dim', [string, string]> = {
  error: ['\x1b[31m', '\x1b[39m'],
  warning: ['\x1b[33m', '\x1b[39m'],
  info: ['\x1b[36m', '\x1b[39m'],
  ok: ['\x1b[32m', '\x1b[39m'],
  mark: ['\x1b[1;4m', '\x1b[22;24m'],
  dim: ['\x1b[2m', '\x1b[22m'],
};
const ICON: Record<Severity, string> = { error: '✖', warning: '▲', info: 'ℹ' };
const CONTEXT = 16;

const T = {
  zh: { clean: '✔ 未发现问题', suggest: '建议改为', source: '依据', counts: (e: number, w: number, i: number) => `${e} 错误 · ${w} 警告 · ${i} 提示` },
  en: { clean: '✔ no findings', suggest: 'suggestion', source: 'source', counts: (e: number, w: number, i: number) => `${e} errors · ${w} warnings · ${i} info` },
};

/** One line of the message with the span marked ⟦like this⟧, trimmed to its neighbourhood. */
export function markSpan(text: string, start: number, end: number, color: boolean): string {
  const from = Math.max(0, start - CONTEXT);
  const to = Math.min(text.length, end + CONTEXT);
  const flat = (s: string) => s.replace(/[\r\n\t]+/g, ' ');
  const mark = color ? `${ANSI.mark[0]}${flat(text.slice(start, end))}${ANSI.mark[1]}` : `⟦${flat(text.slice(start, end))}⟧`;
  return `${from > 0 ? '…' : ''}${flat(text.slice(from, start))}${mark}${flat(text.slice(end, to))}${to < text.length ? '…' : ''}`;
}

export function formatText(id: string, text: string, findings: Finding[], lang: Lang, color: boolean): string {
  const paint = (k: keyof typeof ANSI, s: string) => (color ? `${ANSI[k][0]}${s}${ANSI[k][1]}` : s);
  const t = T[lang];
  if (!findings.length) return `${id}  ${paint('ok', t.clean)}\n`;
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const lines = [`${id}  ${t.counts(count('error'), count('warning'), count('info'))}`];
  for (const f of findings) {
    const head = `${ICON[f.severity]} ${SEVERITY_LABELS[f.severity][lang]}`;
    lines.push(`  ${paint(f.severity, head)}  ${CATEGORY_LABELS[f.category][lang]}  ${f.message}  ${paint('dim', `[${f.ruleId}]`)}`);
    if (f.end > f.start) lines.push(`      ${markSpan(text, f.start, f.end, color)}`);
    if (f.suggestion) lines.push(`      ${t.suggest}: ${f.suggestion}${f.suggestionGloss ? ` (${f.suggestionGloss})` : ''}`);
    if (f.source) lines.push(`      ${paint('dim', `${t.source}: ${f.source}`)}`);
  }
  return `${lines.join('\n')}\n`;
}

export function summaryLine(t: Tally, lang: Lang, color: boolean): string {
  const paint = (k: keyof typeof ANSI, s: string) => (color ? `${ANSI[k][0]}${s}${ANSI[k][1]}` : s);
  const s =
    lang === 'zh'
      ? `共 ${t.messages} 条：${paint('error', `${t.errors} 条有错误`)}，${paint('warning', `${t.warnings} 条仅有警告`)}，${paint('ok', `${t.clean} 条通过`)}${t.bad ? `，${t.bad} 行无法读取` : ''}`
      : `${t.messages} messages: ${paint('error', `${t.errors} with errors`)}, ${paint('warning', `${t.warnings} with warnings only`)}, ${paint('ok', `${t.clean} passed`)}${t.bad ? `, ${t.bad} unreadable lines` : ''}`;
  return `\n${s}\n`;
}
