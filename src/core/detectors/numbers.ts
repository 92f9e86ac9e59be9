// Number detectors: a full 18-digit resident ID (GB 11643 check digit) and a full 16–19-digit bank
// card (Luhn), also when written with spaces, dashes, full-width digits or invisible characters.

export interface NumberSpan {
  kind: 'id_card' | 'bank_card';
  /** Offsets into the original text. */
  start: number;
  end: number;
}

// A digit, then up to 21 more each preceded by at most two separators; an optional trailing X.
const RUN = /[0-9０-９](?:[\s\-－‐‑–—\u200b-\u200f\u2060\ufeff]{0,2}[0-9０-９]){13,60}(?:[\s\-－]{0,2}[xXＸ×])?/gu;

function digitsOf(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x30 && c <= 0x39) out += ch;
    else if (c >= 0xff10 && c <= 0xff19) out += String.fromCharCode(c - 0xfee0);
    else if (ch === 'x' || ch === 'X' || ch === 'Ｘ' || ch === '×') out += 'X';
  }
  return out;
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** GB 11643-1999: region, a plausible birth date, and the ISO 7064 MOD 11-2 check character. */
export function isResidentId(id: string): boolean {
  if (!/^[1-9]\d{16}[\dX]$/.test(id)) return false;
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK[sum % 11] === id[17];
}

export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Card-issuer prefixes seen on Chinese cards (UnionPay 62, 60, 9; Visa 4; Mastercard 5; JCB/Amex 3). */
function plausibleCard(digits: string): boolean {
  return /^(62|60|9|4|5|3)/.test(digits);
}

function classify(digits: string): NumberSpan['kind'] | null {
  if (digits.length === 18 && isResidentId(digits)) return 'id_card';
  if (/^\d{16,19}$/.test(digits) && plausibleCard(digits) && passesLuhn(digits)) return 'bank_card';
  return null;
}

const SEP = /[\s\-－‐‑–—\u200b-\u200f\u2060\ufeff]+/gu;

export function findNumbers(text: string): NumberSpan[] {
  const out: NumberSpan[] = [];
  for (const m of text.matchAll(RUN)) {
    const base = m.index!;
    const raw = m[0];
    const whole = classify(digitsOf(raw));
    if (whole) {
      out.push({ kind: whole, start: base, end: base + raw.length });
      continue;
    }
    // Several numbers written next to each other: try runs of consecutive groups, longest first.
    const groups: { s: number; e: number }[] = [];
    let last = 0;
    for (const sep of raw.matchAll(SEP)) {
      if (sep.index! > last) groups.push({ s: last, e: sep.index! });
      last = sep.index! + sep[0].length;
    }
    if (last < raw.length) groups.push({ s: last, e: raw.length });
    let i = 0;
    while (i < groups.length) {
      let found = false;
      for (let j = Math.min(groups.length - 1, i + 6); j >= i; j--) {
        const kind = classify(digitsOf(raw.slice(groups[i]!.s, groups[j]!.e)));
        if (kind) {
          out.push({ kind, start: base + groups[i]!.s, end: base + groups[j]!.e });
          i = j + 1;
          found = true;
          break;
        }
      }
      if (!found) i++;
    }
  }
  return out;
}
