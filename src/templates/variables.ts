// The variables templates may use: their type, label, unit, expected format and a realistic
// example; parsing the raw input value, checking it, and writing it into the SMS.

import type { LocalText } from '../core/types';
import type { Values, VarKey, VarSpec, VarType } from './types';

const YUAN: LocalText = { zh: '元', en: 'CNY' };

export const VARIABLES: Record<VarKey, VarSpec> = {
  salutation: {
    key: 'salutation', type: 'text', remember: false, maxLength: 20, example: '张先生',
    label: { zh: '称呼', en: 'Salutation' },
    hint: { zh: '如：张先生', en: 'e.g. 张先生' },
  },
  platform: {
    key: 'platform', type: 'text', remember: true, maxLength: 16, example: '安信贷',
    label: { zh: '平台名称', en: 'Platform' },
    hint: { zh: '短信签名里的名称，如：安信贷', en: 'as in the SMS signature, e.g. 安信贷' },
  },
  principal: {
    key: 'principal', type: 'amount', remember: false, example: '5000',
    label: { zh: '本金', en: 'Principal' }, unit: YUAN,
    hint: { zh: '如：5000', en: 'e.g. 5000' },
  },
  interest: {
    key: 'interest', type: 'amount', remember: false, example: '123.45',
    label: { zh: '利息', en: 'Interest' }, unit: YUAN,
    hint: { zh: '如：123.45', en: 'e.g. 123.45' },
  },
  total: {
    key: 'total', type: 'amount', remember: false, example: '5123.45',
    label: { zh: '应还总额', en: 'Total due' }, unit: YUAN,
    hint: { zh: '本金加利息，如：5123.45', en: 'principal plus interest, e.g. 5123.45' },
  },
  overdueDays: {
    key: 'overdueDays', type: 'count', remember: false, example: '15',
    label: { zh: '逾期天数', en: 'Days overdue' }, unit: { zh: '天', en: 'days' },
    hint: { zh: '如：15', en: 'e.g. 15' },
  },
  dueDate: {
    key: 'dueDate', type: 'date', remember: false, example: '2025-12-10',
    label: { zh: '到期日', en: 'Due date' },
    hint: { zh: '年-月-日', en: 'year-month-day' },
  },
  channel: {
    key: 'channel', type: 'text', remember: true, maxLength: 30, example: '安信贷APP',
    label: { zh: '还款渠道', en: 'Repayment channel' },
    hint: { zh: '官方渠道，如：安信贷APP', en: 'official channel, e.g. 安信贷APP' },
  },
  hotline: {
    key: 'hotline', type: 'phone', remember: true, maxLength: 20, example: '400-800-1234',
    label: { zh: '客服电话', en: 'Service hotline' },
    hint: { zh: '官方客服号码，如：400-800-1234', en: 'official number, e.g. 400-800-1234' },
  },
  agentId: {
    key: 'agentId', type: 'text', remember: true, maxLength: 12, example: '0371',
    label: { zh: '坐席工号', en: 'Agent ID' },
    hint: { zh: '选填，如：0371', en: 'optional, e.g. 0371' },
  },
  contactName: {
    key: 'contactName', type: 'text', remember: false, maxLength: 20, example: '张伟',
    label: { zh: '需转告的人', en: 'Person to pass on to' },
    hint: { zh: '借款人姓名或称呼，如：张伟', en: 'the borrower’s name, e.g. 张伟' },
  },
  periods: {
    key: 'periods', type: 'count', remember: false, example: '6',
    label: { zh: '分期期数', en: 'Instalments' }, unit: { zh: '期', en: 'parts' },
    hint: { zh: '如：6', en: 'e.g. 6' },
  },
  instalment: {
    key: 'instalment', type: 'amount', remember: false, example: '853.91',
    label: { zh: '每期金额', en: 'Per instalment' }, unit: YUAN,
    hint: { zh: '如：853.91', en: 'e.g. 853.91' },
  },
  reduction: {
    key: 'reduction', type: 'amount', remember: false, example: '123.45',
    label: { zh: '减免金额', en: 'Reduction' }, unit: YUAN,
    hint: { zh: '经审批的减免，如：123.45', en: 'approved reduction, e.g. 123.45' },
  },
  payable: {
    key: 'payable', type: 'amount', remember: false, example: '5000',
    label: { zh: '减免后应还', en: 'Due after reduction' }, unit: YUAN,
    hint: { zh: '应还总额减去减免金额', en: 'total due minus the reduction' },
  },
  holiday: {
    key: 'holiday', type: 'text', remember: false, maxLength: 8, example: '春节',
    label: { zh: '节日', en: 'Holiday' },
    hint: { zh: '如：春节、国庆节', en: 'e.g. 春节, 国庆节' },
  },
};

export const VAR_KEYS = Object.keys(VARIABLES) as VarKey[];

export const isVarKey = (k: string): k is VarKey => Object.prototype.hasOwnProperty.call(VARIABLES, k);

/** The HTML input type for a variable (docs/ARCHITECTURE.md "Contracts": number for amounts, date for dates). */
export function inputType(type: VarType): 'text' | 'number' | 'date' | 'tel' {
  return type === 'amount' || type === 'count' ? 'number' : type === 'date' ? 'date' : type === 'phone' ? 'tel' : 'text';
}

// ---- parsing and formatting ------------------------------------------------------------------

export const MAX_AMOUNT = 100_000_000;
export const MAX_COUNT = 9999;

/** Amount in fen (integer) from what an input holds ("5000", "5,000.5", "¥5000", "5000元"), or null. */
export function parseAmount(raw: string): number | null {
  const s = raw.trim().replace(/[,，\s]/g, '').replace(/^[¥￥]/, '').replace(/元$/, '');
  if (!/^-?\d+(\.\d+)?$/.test(s) && !/^-?\.\d+$/.test(s)) return null;
  const [int = '0', frac = ''] = s.replace('-', '').split('.');
  const fen = Number(int || '0') * 100 + Number((frac + '00').slice(0, 2));
  return s.startsWith('-') ? -fen : fen;
}

/** 512345 → "5123.45元" */
export function formatAmount(fen: number): string {
  const yuan = Math.floor(Math.abs(fen) / 100);
  const rest = Math.abs(fen) % 100;
  return `${fen < 0 ? '-' : ''}${yuan}.${String(rest).padStart(2, '0')}元`;
}

export interface DayOfYear {
  year?: number;
  month: number;
  day: number;
}

function validDay(year: number | undefined, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const y = year ?? 2024; // a leap year: 2月29日 without a year is accepted
  return day <= new Date(Date.UTC(y, month, 0)).getUTCDate();
}

/** "2025-12-10", "2025/12/10", "2025年12月10日", "12月10日", "12-10" → the day, or null. */
export function parseDate(raw: string): DayOfYear | null {
  const s = raw.trim().replace(/\s+/g, '');
  let m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s);
  if (m) {
    const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
    return validDay(d.year, d.month, d.day) ? d : null;
  }
  m = /^(\d{1,2})[-/.月](\d{1,2})日?$/.exec(s);
  if (m) {
    const d = { month: Number(m[1]), day: Number(m[2]) };
    return validDay(undefined, d.month, d.day) ? d : null;
  }
  return null;
}

export const formatDate = (d: DayOfYear): string => `${d.month}月${d.day}日`;

export function parseCount(raw: string): number | null {
  const s = raw.trim();
  return /^\d+$/.test(s) ? Number(s) : null;
}

// ---- checking ------------------------------------------------------------------------------

export type VarIssueCode =
  | 'required'
  | 'number'
  | 'negative'
  | 'decimals'
  | 'too_large'
  | 'date'
  | 'integer'
  | 'too_long'
  | 'chars'
  | 'phone'
  | 'sum'
  | 'payable';

export interface VarIssue {
  key: VarKey;
  code: VarIssueCode;
  /** 'error' blocks insertion; 'warning' is shown but lets the agent go on. */
  severity: 'error' | 'warning';
}

// Characters that would break the SMS or the template syntax: brackets of the signature, of the
// template syntax, line breaks, zero-width and other invisible characters.
const FORBIDDEN = /[【】{}[\]\n\r\u200b-\u200f\u2028\u2029\u2060\ufeff]/u;

/** Checks one value (already known to be non-empty); null when it is fine. */
export function checkValue(spec: VarSpec, raw: string): VarIssue | null {
  const v = raw.trim();
  const issue = (code: VarIssueCode, severity: 'error' | 'warning' = 'error'): VarIssue => ({ key: spec.key, code, severity });
  switch (spec.type) {
    case 'amount': {
      const fen = parseAmount(v);
      if (fen === null) return issue('number');
      if (fen < 0) return issue('negative');
      if (/\.\d{3,}/.test(v) && !/\.\d{2}0+$/.test(v)) return issue('decimals');
      if (fen > MAX_AMOUNT * 100) return issue('too_large');
      return null;
    }
    case 'date':
      return parseDate(v) ? null : issue('date');
    case 'count': {
      const n = parseCount(v);
      if (n === null) return issue('integer');
      if (n < 1) return issue('integer');
      if (n > MAX_COUNT) return issue('too_large');
      return null;
    }
    case 'phone':
      if (FORBIDDEN.test(v)) return issue('chars');
      if (spec.maxLength && [...v].length > spec.maxLength) return issue('too_long');
      // An unusual number is the agent's call (extensions, short codes): a warning only.
      return /^\+?\d[\d\s-]{2,18}\d(?:(?:转|,|#)\d{1,6})?$/u.test(v) ? null : issue('phone', 'warning');
    case 'text':
    default:
      if (FORBIDDEN.test(v)) return issue('chars');
      if (spec.maxLength && [...v].length > spec.maxLength) return issue('too_long');
      return null;
  }
}

/** Writes a checked value into the SMS: amounts as "5000.00元", dates as "12月10日". */
export function formatValue(spec: VarSpec, raw: string): string {
  const v = raw.trim();
  switch (spec.type) {
    case 'amount': {
      const fen = parseAmount(v);
      return fen === null ? v : formatAmount(fen);
    }
    case 'date': {
      const d = parseDate(v);
      return d ? formatDate(d) : v;
    }
    case 'count': {
      const n = parseCount(v);
      return n === null ? v : String(n);
    }
    default:
      return v.replace(/\s+/g, ' ');
  }
}

/**
 * Checks between values that belong together (a total that is not principal + interest, an
 * amount after reduction that does not add up): warnings, since the ledger may know better.
 */
export function crossChecks(values: Values, used: ReadonlySet<VarKey>): VarIssue[] {
  const out: VarIssue[] = [];
  const fen = (k: VarKey): number | null => (used.has(k) && values[k]?.trim() ? parseAmount(values[k]!) : null);
  const p = fen('principal');
  const i = fen('interest');
  const t = fen('total');
  if (p !== null && i !== null && t !== null && p + i !== t) out.push({ key: 'total', code: 'sum', severity: 'warning' });
  const r = fen('reduction');
  const pay = fen('payable');
  if (t !== null && r !== null && pay !== null && t - r !== pay) out.push({ key: 'payable', code: 'payable', severity: 'warning' });
  return out;
}
