// Types of the template library: plain data, so built-in templates, custom ones and the JSON
// import/export share one shape.

import type { Audience, LocalText } from '../core/types';

/** How a variable's value is entered, checked and written into the SMS. */
export type VarType =
  /** Free text on one line (a salutation, a platform name). */
  | 'text'
  /** Money: a number, written as 元 with two decimals ("5000.00元"). */
  | 'amount'
  /** A day: entered as YYYY-MM-DD (input type=date), written as "12月10日". */
  | 'date'
  /** A whole number ≥ 1 (overdue days, number of instalments). */
  | 'count'
  /** A phone number (customer-service line). */
  | 'phone';

export type VarKey =
  | 'salutation'
  | 'platform'
  | 'principal'
  | 'interest'
  | 'total'
  | 'overdueDays'
  | 'dueDate'
  | 'channel'
  | 'hotline'
  | 'agentId'
  | 'contactName'
  | 'periods'
  | 'instalment'
  | 'reduction'
  | 'payable'
  | 'holiday';

export interface VarSpec {
  key: VarKey;
  type: VarType;
  label: LocalText;
  /** The unit shown beside the input (元, 天, 期). */
  unit?: LocalText;
  /** The expected format, shown as the input's placeholder. */
  hint: LocalText;
  /** Rarely changes (platform name, hotline, channel, agent id): remembered between uses. */
  remember: boolean;
  /** Longest accepted text (text and phone). */
  maxLength?: number;
  /** A realistic value, as an input would hold it: used by the invariant test and the samples. */
  example: string;
}

export type ScenarioId =
  | 'pre_due'
  | 'first_overdue'
  | 'repeat_overdue'
  | 'contact_notice'
  | 'instalment'
  | 'reduction'
  | 'holiday'
  | 'promise_followup'
  | 'repaid'
  | 'custom';

export type Tone = 'gentle' | 'standard' | 'firm';

export interface Scenario {
  id: ScenarioId;
  name: LocalText;
  /** Who the scenario's messages go to by default. */
  audience: Audience;
}

/**
 * One template. The body is the SMS text with
 *   `{key}`     a variable (see VARIABLES);
 *   `[ ... ]`   an optional part, written only when every variable inside it has a value.
 * A variable that occurs outside any optional part is required.
 */
export interface Template {
  id: string;
  scenario: ScenarioId;
  tone: Tone;
  audience: Audience;
  body: string;
  /** SMS segments the rendered message fits in (70 characters single, 67 per part). */
  segments: number;
  /** Custom templates carry a name; built-ins are named by scenario and tone. */
  name?: string;
  /** Per-template labels for variables whose meaning the scenario narrows (还款期限 for dueDate). */
  labels?: Partial<Record<VarKey, LocalText>>;
  builtin?: boolean;
}

export type Values = Partial<Record<VarKey, string>>;
