// Linting that never blocks the page: message-sized text is linted in one call (microseconds);
// huge text (a 100,000-character paste) is cut at sentence ends into chunks that are linted a
// few per frame under a time budget, and cached by content so that typing in a huge text re-lints
// one chunk. Cutting at sentence ends keeps the content rules exact (no match, negation or
// anti-fraud cue reaches across a sentence end); the message-level checks (sender, channel, length,
// send time) are recombined for the whole text.

import { lint, PACKS, SMS_MAX_LENGTH } from '../core/engine';
import { codePoints } from '../core/structure';
import type { Finding, LintContext } from '../core/types';

/** Above this length text is linted in chunks. */
export const CHUNKED_ABOVE = 8000;
const CHUNK_MIN = 800;
const CHUNK_MAX = 4000;
const CACHE_MAX = 400;

const SENTENCE_END = new Set(['。', '！', '？', '!', '?', ';', '；', '\n', '\r', '…', '｡']);
const MESSAGE_LEVEL = new Set(['identity', 'channel', 'length', 'time_window']);

/**
 * Chunk boundaries [start, end) covering `text`, cut right after sentence ends. Where to cut is
 * decided by the text near the cut (content-defined), so an edit moves only the boundaries near it
 * and the other chunks hit the cache.
 */
export function chunkText(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const len = i + 1 - start;
    if (SENTENCE_END.has(text[i]!) && len >= CHUNK_MIN) {
      // Hash of the sentence end's last few characters: the same text cuts the same way wherever
      // the chunk began, so boundaries after an edit fall back in step with the old ones.
      let h = 0;
      for (let k = Math.max(0, i - 7); k <= i; k++) h = (h * 31 + text.charCodeAt(k)) | 0;
      if ((h & 3) === 0 || len >= CHUNK_MAX) {
        out.push({ start, end: i + 1 });
        start = i + 1;
      }
    } else if (len >= CHUNK_MAX * 2) {
      // No sentence end for a long stretch: cut anyway (a phrase may be split here, rarely).
      out.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  if (start < text.length || out.length === 0) out.push({ start, end: text.length });
  return out;
}

/** Combines the findings of the chunks of one text into the findings of the whole text. */
export function combine(text: string, chunks: { start: number; findings: Finding[]; len: number }[], ctx: Partial<LintContext>): Finding[] {
  const out: Finding[] = [];
  const levels = new Map<string, { f: Finding; n: number }>();
  let eligible = 0;
  for (const c of chunks) {
    if (c.len >= 20) eligible++;
    for (const f of c.findings) {
      if (MESSAGE_LEVEL.has(f.category) && f.start === f.end) {
        const k = f.ruleId;
        const e = levels.get(k);
        if (e) e.n++;
        else levels.set(k, { f, n: 1 });
      } else out.push(c.start ? { ...f, start: f.start + c.start, end: f.end + c.start } : f);
    }
  }
  for (const { f, n } of levels.values()) {
    // The whole text lacks a sender or a channel only when every chunk does.
    if (f.category === 'identity' || f.category === 'channel') {
      if (n >= eligible) out.push(f);
    } else if (f.category === 'time_window') out.push(f);
    else if (f.category === 'length') {
      // Chunk lengths are not the text's: rebuild the message for the whole text.
      const chars = codePoints(text);
      const check = PACKS[ctx.pack ?? 'cn']?.checks.length_max;
      if (chars > SMS_MAX_LENGTH && check && f.ruleId === check.id) {
        const message = check.message[ctx.lang ?? 'zh'].replace('{chars}', String(chars)).replace('{max}', String(SMS_MAX_LENGTH));
        out.push({ ...f, message });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

export class IncrementalLinter {
  private cache = new Map<string, Finding[]>();
  private job: { text: string; key: string; chunks: { start: number; end: number }[]; done: { start: number; findings: Finding[]; len: number }[] } | null = null;

  /**
   * Lints `text`, spending at most about `budgetMs` on huge text. Returns the findings when done,
   * or null when more frames are needed (call again with the same or a newer text).
   */
  run(text: string, ctx: Partial<LintContext>, budgetMs = 6): Finding[] | null {
    if (text.length <= CHUNKED_ABOVE) {
      this.job = null;
      return lint(text, ctx);
    }
    const now = ctx.now === undefined ? '' : Math.floor(Number(ctx.now) / 60000);
    const key = JSON.stringify({ ...ctx, now });
    if (!this.job || this.job.text !== text || this.job.key !== key) this.job = { text, key, chunks: chunkText(text), done: [] };
    const job = this.job;
    const t0 = performance.now();
    while (job.done.length < job.chunks.length) {
      const c = job.chunks[job.done.length]!;
      const piece = text.slice(c.start, c.end);
      const ck = `${key}\u0000${piece}`;
      let findings = this.cache.get(ck);
      if (!findings) {
        if (performance.now() - t0 > budgetMs) return null;
        findings = lint(piece, ctx);
        this.cache.set(ck, findings);
        if (this.cache.size > CACHE_MAX) this.cache.delete(this.cache.keys().next().value!);
      }
      job.done.push({ start: c.start, findings, len: piece.length });
    }
    this.job = null;
    return combine(text, job.done, ctx);
  }

  get pending(): boolean {
    return this.job !== null;
  }
}
