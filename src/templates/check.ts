// The compliance check of a template: rendered with typical values and linted by the engine for
// the template's audience. Used on save in the template editor and on import; kept apart from
// the rest of the library so surfaces that do not lint templates don't bundle the engine.

import { lint } from '../core/index';
import { smsSegments } from '../core/structure';
import type { Finding, LintContext } from '../core/types';
import type { ImportError } from './io';
import { exampleValues, render } from './render';
import type { Template } from './types';

export interface TemplateCheck {
  /** The message as checked (typical values filled in). */
  text: string;
  segments: number;
  errors: Finding[];
  warnings: Finding[];
}

export function checkTemplate(t: Pick<Template, 'body' | 'labels' | 'audience'>, ctx: Partial<LintContext> = {}): TemplateCheck {
  const text = render(t, exampleValues()).text;
  // The send time is not the template's business: no quiet-hours check here.
  const { now: _now, ...rest } = ctx;
  const findings = lint(text, { ...rest, audience: t.audience });
  return {
    text,
    segments: smsSegments(text),
    errors: findings.filter((f) => f.severity === 'error'),
    warnings: findings.filter((f) => f.severity === 'warning'),
  };
}

/**
 * Checks imported templates: the first one with an error finding rejects the import (named by
 * entry number and field `body`); warnings are returned for the agent to confirm.
 */
export function checkTemplates(
  templates: readonly Template[],
  ctx: Partial<LintContext> = {},
): { ok: true; warnings: { entry: number; template: Template; findings: Finding[] }[] } | { ok: false; error: ImportError } {
  const warnings: { entry: number; template: Template; findings: Finding[] }[] = [];
  for (let i = 0; i < templates.length; i++) {
    const t = templates[i]!;
    const c = checkTemplate(t, ctx);
    const e = c.errors[0];
    if (e) return { ok: false, error: { code: 'lint', entry: i + 1, entryId: t.id, field: 'body', detail: e.message } };
    if (c.warnings.length) warnings.push({ entry: i + 1, template: t, findings: c.warnings });
  }
  return { ok: true, warnings };
}
