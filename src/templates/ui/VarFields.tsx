// The fill-in form of a template: one input per variable (`data-var`, type=number for amounts,
// type=date for dates: docs/ARCHITECTURE.md "Contracts"), its label, unit and expected format, and
// the problem with its value once the agent has touched it or tried to insert.

import type { Lang } from '../../core/types';
import { t } from '../../ui/i18n/index';
import type { TemplateVar } from '../render';
import type { Values, VarKey } from '../types';
import { inputType, type VarIssue } from '../variables';
import { issueText } from './text';

export interface VarFieldsProps {
  vars: readonly TemplateVar[];
  values: Values;
  issues: readonly VarIssue[];
  /**
   * 'all' after an insert attempt: "required" shows too. Before that only format problems show
   * (a field the agent has not filled yet is not an error).
   */
  shown: ReadonlySet<VarKey> | 'all';
  lang: Lang;
  onInput(key: VarKey, value: string): void;
  onBlur?(key: VarKey): void;
  /** Prefix of element ids (several forms may share a document). */
  idPrefix: string;
  compact?: boolean;
}

export function VarFields({ vars, values, issues, shown, lang, onInput, onBlur, idPrefix, compact }: VarFieldsProps) {
  return (
    <div class={`cg-vars${compact ? ' cg-compact' : ''}`}>
      {vars.map((v) => {
        const key = v.spec.key;
        const id = `${idPrefix}-${key}`;
        const issue = issues.find((i) => i.key === key);
        const show = !!issue && (shown === 'all' || issue.code !== 'required');
        const type = inputType(v.spec.type);
        const numeric = type === 'number';
        return (
          <div class={`cg-var${show ? ` cg-var-${issue!.severity}` : ''}`} key={key}>
            <label class="cg-var-label" for={id}>
              {v.label[lang]}
              {!v.required ? <span class="cg-opt">{t(lang, 'popOptional')}</span> : null}
            </label>
            <div class="cg-var-input">
              <input
                id={id}
                data-var={key}
                // Preact's input typing narrows other attributes by type; the union is fine at runtime.
                type={type as 'text'}
                value={values[key] ?? ''}
                placeholder={type === 'date' ? undefined : v.spec.hint[lang]}
                title={v.spec.hint[lang]}
                {...(numeric ? { min: v.spec.type === 'count' ? '1' : '0', step: v.spec.type === 'count' ? '1' : '0.01', inputMode: v.spec.type === 'count' ? 'numeric' : 'decimal' } : {})}
                {...(v.spec.maxLength && !numeric && type !== 'date' ? { maxLength: v.spec.maxLength * 2 } : {})}
                required={v.required}
                aria-invalid={show && issue!.severity === 'error' ? 'true' : undefined}
                aria-describedby={show ? `${id}-msg` : undefined}
                autocomplete="off"
                spellcheck={false}
                onInput={(e) => onInput(key, (e.currentTarget as HTMLInputElement).value)}
                onBlur={() => onBlur?.(key)}
              />
              {v.spec.unit ? <span class="cg-unit">{v.spec.unit[lang]}</span> : null}
            </div>
            {show ? (
              <div class="cg-var-msg" id={`${id}-msg`} role={issue!.severity === 'error' ? 'alert' : undefined}>
                {issueText(lang, issue!)}
              </div>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}
