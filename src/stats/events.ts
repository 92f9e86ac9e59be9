// What the page and the popup count for the local statistics (see model.ts), as sent to the
// background, which alone writes them. An event names a rule, a template or a send, never text:
// no message, field content or URL ever goes into the statistics.

import { CATEGORIES, SEVERITIES, type Category, type Severity } from '../core/types';

/** Why an agent sent a message with an error anyway (confirm mode, when a reason is required). */
export type ReasonCategory = 'false_positive' | 'customer_request' | 'approved' | 'other';
export const REASON_CATEGORIES: readonly ReasonCategory[] = ['false_positive', 'customer_request', 'approved', 'other'];

export type StatEvent =
  /** A finding appeared in a field (counted once per rule and message, see ShownCounter). */
  | { kind: 'shown'; rule: string; category: Category; severity: Severity }
  /** The agent applied a finding's fix, ignored it once, or allowed its phrase always. */
  | { kind: 'fixed' | 'ignored' | 'allowed'; rule: string; category: Category }
  /** The send guard stopped a send. */
  | { kind: 'stopped' }
  /** The agent sent anyway; `reason` when the policy asks for one. */
  | { kind: 'confirmed'; reason?: ReasonCategory }
  /** A template was inserted (popup or in-page picker). */
  | { kind: 'template'; id: string };

/** Rule ids (`cn.insult.laolai`, `custom.3`) and template ids (`first_overdue.firm`, `my-own`). */
const ID_RE = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/;
/** Most events one message may carry (a page sends a few per second at most). */
export const MAX_EVENTS = 500;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One event from anything (a message from a page): a valid event, or null. */
export function parseEvent(v: unknown): StatEvent | null {
  if (!isObject(v)) return null;
  const id = (x: unknown) => typeof x === 'string' && ID_RE.test(x);
  const category = CATEGORIES.includes(v.category as Category);
  switch (v.kind) {
    case 'shown':
      return id(v.rule) && category && SEVERITIES.includes(v.severity as Severity)
        ? { kind: 'shown', rule: v.rule as string, category: v.category as Category, severity: v.severity as Severity }
        : null;
    case 'fixed':
    case 'ignored':
    case 'allowed':
      return id(v.rule) && category ? { kind: v.kind, rule: v.rule as string, category: v.category as Category } : null;
    case 'stopped':
      return { kind: 'stopped' };
    case 'confirmed':
      if (v.reason === undefined) return { kind: 'confirmed' };
      return REASON_CATEGORIES.includes(v.reason as ReasonCategory) ? { kind: 'confirmed', reason: v.reason as ReasonCategory } : null;
    case 'template':
      return id(v.id) ? { kind: 'template', id: v.id as string } : null;
    default:
      return null;
  }
}

/** The valid events of a list (at most MAX_EVENTS); anything else is dropped. */
export function parseEvents(v: unknown): StatEvent[] {
  if (!Array.isArray(v)) return [];
  return v
    .slice(0, MAX_EVENTS)
    .map(parseEvent)
    .filter((e): e is StatEvent => e !== null);
}
