import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffEdit, remapSpan, remapSpans } from '../../../src/overlay/remap';

describe('diffEdit', () => {
  it('finds the single replaced region', () => {
    expect(diffEdit('abc', 'abc')).toBeNull();
    expect(diffEdit('abc', 'abXc')).toEqual({ start: 2, oldEnd: 2, newEnd: 3 });
    expect(diffEdit('abc', 'ac')).toEqual({ start: 1, oldEnd: 2, newEnd: 1 });
    expect(diffEdit('你这个老赖', '你这个老赖吧')).toEqual({ start: 5, oldEnd: 5, newEnd: 6 });
    expect(diffEdit('', 'x')).toEqual({ start: 0, oldEnd: 0, newEnd: 1 });
  });

  it('never splits a surrogate pair', () => {
    const a = 'x😀y';
    const b = 'x😁y'; // same high surrogate, different low one
    const e = diffEdit(a, b)!;
    expect(e.start).toBe(1);
    expect(e.oldEnd).toBe(3);
  });

  it('the edit turns before into after (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const e = diffEdit(a, b);
        if (!e) return a === b;
        return a.slice(0, e.start) + b.slice(e.start, e.newEnd) + a.slice(e.oldEnd) === b;
      }),
    );
  });
});

describe('remapSpan', () => {
  const span = { start: 3, end: 5, ruleId: 'r' };
  it('leaves spans before the edit alone', () => {
    expect(remapSpan(span, { start: 6, oldEnd: 6, newEnd: 8 })).toBe(span);
  });
  it('typing right after a span does not extend it', () => {
    expect(remapSpan(span, { start: 5, oldEnd: 5, newEnd: 6 })).toEqual(span);
  });
  it('typing right before a span pushes it', () => {
    expect(remapSpan(span, { start: 3, oldEnd: 3, newEnd: 5 })).toEqual({ ...span, start: 5, end: 7 });
  });
  it('shifts spans after a deletion', () => {
    expect(remapSpan(span, { start: 0, oldEnd: 2, newEnd: 0 })).toEqual({ ...span, start: 1, end: 3 });
  });
  it('stretches a span when the edit is inside it', () => {
    expect(remapSpan({ start: 2, end: 8 }, { start: 4, oldEnd: 5, newEnd: 7 })).toEqual({ start: 2, end: 10 });
  });
  it('clips a span an edit overlaps on one side', () => {
    expect(remapSpan({ start: 2, end: 8 }, { start: 6, oldEnd: 10, newEnd: 7 })).toEqual({ start: 2, end: 6 });
    expect(remapSpan({ start: 2, end: 8 }, { start: 0, oldEnd: 4, newEnd: 1 })).toEqual({ start: 1, end: 5 });
  });
  it('drops a span the edit swallowed', () => {
    expect(remapSpan({ start: 2, end: 4 }, { start: 1, oldEnd: 5, newEnd: 2 })).toBeNull();
  });
  it('keeps zero-length (message-level) spans at 0', () => {
    expect(remapSpan({ start: 0, end: 0 }, { start: 0, oldEnd: 0, newEnd: 3 })).toEqual({ start: 0, end: 0 });
  });
});

describe('remapSpans', () => {
  it('keeps underlines on their words while text is typed around them', () => {
    let text = '你这个老赖，再不还钱';
    let spans = [{ start: 3, end: 5 }];
    // One edit per frame: insert before, type after, delete before.
    for (const next of ['喂，你这个老赖，再不还钱', '喂，你这个老赖，再不还钱吧', '你这个老赖，再不还钱吧']) {
      spans = remapSpans(spans, text, next);
      text = next;
      expect(text.slice(spans[0]!.start, spans[0]!.end)).toBe('老赖');
    }
  });

  it('a span whose text is untouched still covers the same text (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 0, maxLength: 12 }), fc.string({ minLength: 1, maxLength: 4 }), fc.string({ maxLength: 12 }), fc.string({ maxLength: 5 }), fc.boolean(), (pre, word, post, ins, atStart) => {
        const before = pre + word + post;
        const after = atStart ? ins + before : before + ins;
        // A text diff cannot tell "$" typed before "$ " from one typed after the first "$" (nor "&!"
        // typed before "& " from "!&" typed after its "&"): an edit whose text begins or ends with
        // its neighbour's character is ambiguous, and any answer is right.
        if (atStart ? before.startsWith(ins.slice(-1) || '\u0000') || before.startsWith(ins.slice(0, 1) || '\u0000') : before.endsWith(ins.slice(0, 1) || '\u0000')) return true;
        const [s] = remapSpans([{ start: pre.length, end: pre.length + word.length }], before, after);
        return !!s && after.slice(s.start, s.end) === word;
      }),
    );
  });
});
