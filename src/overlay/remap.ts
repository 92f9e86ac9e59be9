// Keeps spans attached to their text through an edit, so underlines follow the words the agent
// is typing around (and stay put during IME composition, when we do not re-lint).
//
// The edit is inferred from the two texts: the longest common prefix and suffix leave exactly one
// replaced region [start, oldEnd) → [start, newEnd). Linear in the text length.

export interface Edit {
  start: number;
  oldEnd: number;
  newEnd: number;
}

export interface Span {
  start: number;
  end: number;
}

/** The single replaced region that turns `before` into `after`, or null when they are equal. */
export function diffEdit(before: string, after: string): Edit | null {
  if (before === after) return null;
  const max = Math.min(before.length, after.length);
  let p = 0;
  while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  let s = 0;
  const maxSuffix = max - p;
  while (s < maxSuffix && before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s)) s++;
  // Never split a surrogate pair: widen the edit to whole code points.
  if (p > 0 && isHigh(before.charCodeAt(p - 1))) p--;
  let oldEnd = before.length - s;
  let newEnd = after.length - s;
  if (s > 0 && oldEnd < before.length && isLow(before.charCodeAt(oldEnd)) && oldEnd > p) {
    oldEnd++;
    newEnd++;
  }
  return { start: p, oldEnd, newEnd };
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * Where a span lands after `edit`, or null when the edit swallowed it.
 * - Text inserted at a span's end does not extend it (typing after a word); inserted at its start,
 *   it pushes the span right.
 * - An edit strictly inside the span stretches or shrinks it.
 * - An edit overlapping one side clips the span to its untouched part.
 */
export function remapSpan<T extends Span>(span: T, edit: Edit): T | null {
  const { start: es, oldEnd, newEnd } = edit;
  const delta = newEnd - oldEnd;
  if (span.end === span.start) {
    // Zero-length (message-level) findings stay where they are unless text before them moved.
    if (span.start <= es) return span;
    if (span.start >= oldEnd) return { ...span, start: span.start + delta, end: span.end + delta };
    return { ...span, start: newEnd, end: newEnd };
  }
  if (span.end <= es) return span;
  if (span.start >= oldEnd) return delta === 0 ? span : { ...span, start: span.start + delta, end: span.end + delta };
  if (span.start < es && span.end > oldEnd) return { ...span, end: span.end + delta };
  if (span.start < es) return { ...span, end: es };
  if (span.end > oldEnd) return { ...span, start: newEnd, end: span.end + delta };
  return null;
}

/** Remaps every span through the edit between two texts; spans the edit swallowed are dropped. */
export function remapSpans<T extends Span>(spans: readonly T[], before: string, after: string): T[] {
  const edit = diffEdit(before, after);
  if (!edit) return spans.slice();
  const out: T[] = [];
  for (const s of spans) {
    const r = remapSpan(s, edit);
    if (r) out.push(r);
  }
  return out;
}
