// The scenarios and tones templates are grouped by (small: every surface imports it; the built-in
// templates themselves live in builtin.ts, which the content script does not bundle).

import type { LocalText } from '../core/types';
import type { Scenario, ScenarioId, Tone } from './types';

export const SCENARIOS: readonly Scenario[] = [
  { id: 'pre_due', name: { zh: '到期前提醒', en: 'Before the due date' }, audience: 'debtor' },
  { id: 'first_overdue', name: { zh: '首次逾期', en: 'First overdue' }, audience: 'debtor' },
  { id: 'repeat_overdue', name: { zh: '多次逾期', en: 'Repeatedly overdue' }, audience: 'debtor' },
  { id: 'contact_notice', name: { zh: '紧急联系人转告', en: 'Emergency contact' }, audience: 'third_party' },
  { id: 'instalment', name: { zh: '协商分期', en: 'Instalment plan' }, audience: 'debtor' },
  { id: 'reduction', name: { zh: '减免优惠', en: 'Reduction offer' }, audience: 'debtor' },
  { id: 'holiday', name: { zh: '节假日问候', en: 'Holiday greeting' }, audience: 'debtor' },
  { id: 'promise_followup', name: { zh: '承诺还款跟进', en: 'Promise to pay' }, audience: 'debtor' },
  { id: 'repaid', name: { zh: '还款确认', en: 'Payment received' }, audience: 'debtor' },
  { id: 'custom', name: { zh: '自定义', en: 'Custom' }, audience: 'debtor' },
];

export const SCENARIO_BY_ID = Object.fromEntries(SCENARIOS.map((s) => [s.id, s])) as Record<ScenarioId, Scenario>;

export const TONES: readonly Tone[] = ['gentle', 'standard', 'firm'];

export const TONE_NAMES: Record<Tone, LocalText> = {
  gentle: { zh: '温和', en: 'Gentle' },
  standard: { zh: '标准', en: 'Standard' },
  firm: { zh: '坚定', en: 'Firm' },
};

/** Built-in template ids are `scenario.tone`; custom ones can never take them. */
export function isBuiltinTemplateId(id: string): boolean {
  const [scenario, tone, ...rest] = id.split('.');
  return !rest.length && SCENARIOS.some((s) => s.id === scenario) && (TONES as readonly string[]).includes(tone ?? '');
}
