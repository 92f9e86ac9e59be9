// Checks of the message as a whole: sender identification, a contact or repayment channel, SMS
// segment count, and the send-time window.

import type { QuietHours } from './types';

/** SMS billing: ≤ 70 characters is one message, longer ones are split into 67-character parts. */
export function smsSegments(text: string): number {
  const n = codePoints(text);
  if (n === 0) return 0;
  return n <= 70 ? 1 : Math.ceil(n / 67);
}

export const SMS_MAX_LENGTH = 500;

/** Length in code points (an emoji counts once, as carriers count it). */
export function codePoints(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff || i === 0 || text.charCodeAt(i - 1) < 0xd800 || text.charCodeAt(i - 1) > 0xdbff) n++;
  }
  return n;
}

const SIGNATURE = /【[^【】\n]{2,16}】/u;
// Words that name an organisation in the folded text (no separators, lower-case).
const ORGANISATION = /(平台|公司|银行|金融|消金|小贷|科技|集团|事务所|律所|信用卡中心|借呗|花呗|白条|微粒贷)/u;

export function hasSignature(text: string): boolean {
  return SIGNATURE.test(text);
}

export function identifiesSender(text: string, folded: string): boolean {
  return hasSignature(text) || ORGANISATION.test(folded);
}

// A phone number (landline, 400/800/95xxx service lines, mobile) or a channel word.
const PHONE = /(?<!\d)(?:400\d{7}|800\d{7}|95\d{3,4}|0\d{2,3}\d{7,8}|1[3-9]\d{9}|\d{5,})(?!\d)/u;
const CHANNEL_WORD = /(app|官方|客服|热线|对公|还款入口|公众号|小程序|链接|网址|官网|拨打|致电|来电|回电|联系我们|人工服务|营业厅|柜台|网点)/u;

export function givesChannel(folded: string): boolean {
  return PHONE.test(folded) || CHANNEL_WORD.test(folded);
}

/** Wall-clock minutes after midnight at `utcOffsetMinutes`. */
export function minutesOfDay(now: Date | number, utcOffsetMinutes: number): number {
  const t = typeof now === 'number' ? now : now.getTime();
  const m = Math.floor(t / 60000) + utcOffsetMinutes;
  return ((m % 1440) + 1440) % 1440;
}

function inWindow(min: number, w: { start: number; end: number }): boolean {
  if (w.start === w.end) return false;
  return w.start < w.end ? min >= w.start && min < w.end : min >= w.start || min < w.end;
}

export function quietLevel(minute: number, q: QuietHours): 'error' | 'warning' | null {
  if (inWindow(minute, q.error)) return 'error';
  if (inWindow(minute, q.warning)) return 'warning';
  return null;
}

export function formatMinutes(m: number): string {
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}
