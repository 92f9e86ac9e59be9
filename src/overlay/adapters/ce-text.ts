// The text of a contenteditable editor as the agent sees it, with a map from text offsets back to
// DOM positions (and from DOM positions to offsets), built by walking text nodes. Block
// boundaries and <br> become '\n'; nothing in the DOM is touched.

export interface Segment {
  node: Text;
  /** Offset of the node's first character in the built text. */
  start: number;
  length: number;
}

export interface CeText {
  text: string;
  segments: Segment[];
  root: HTMLElement;
}

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TFOOT', 'TR', 'UL', 'CAPTION',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IFRAME', 'OBJECT', 'SVG', 'CANVAS', 'VIDEO', 'AUDIO', 'IMG', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT']);

const FILLER = /^[\u200b\u2060\ufeff]+$/;

const isBlock = (el: Element) => BLOCK.has(el.tagName.toUpperCase());

/** Whether a <br> is the trailing break of its block (renders no line of its own). */
function isTrailingBreak(br: Element): boolean {
  for (let n = br.nextSibling; n; n = n.nextSibling) {
    if (n.nodeType === 3 && (n as Text).data.length > 0) return false;
    if (n.nodeType === 1) return isBlock(n as Element);
  }
  const parent = br.parentElement;
  if (!parent) return true;
  if (isBlock(parent) || parent.isContentEditable === false || parent.hasAttribute('contenteditable')) return true;
  // The break is the last thing of an inline element: trailing when that element is last in its block.
  return isTrailingBreak(parent);
}

/** Builds the editor's text; O(number of nodes). */
export function buildText(root: HTMLElement): CeText {
  const parts: string[] = [];
  const segments: Segment[] = [];
  let len = 0;
  let lastChar = '';
  // Set when a block ends; the next content (text or block) starts on a new line.
  let pendingBreak = false;

  const push = (s: string) => {
    parts.push(s);
    len += s.length;
    lastChar = s[s.length - 1]!;
  };

  const walk = (parent: Node) => {
    for (let n = parent.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) {
        const t = n as Text;
        // Empty, or only the zero-width caret anchor an editor keeps in an empty line (Slate).
        if (!t.data || (t.data.length < 8 && FILLER.test(t.data))) continue;
        if (pendingBreak) push('\n');
        pendingBreak = false;
        segments.push({ node: t, start: len, length: t.data.length });
        push(t.data);
      } else if (n.nodeType === 1) {
        const el = n as Element;
        const tag = el.tagName.toUpperCase();
        // Also skipped: placeholders drawn inside the editable (Slate): non-editable text that
        // cannot even be selected is not part of the message.
        if (SKIP.has(tag) || (el.getAttribute('contenteditable') === 'false' && getComputedStyle(el).userSelect === 'none')) continue;
        if (tag === 'BR') {
          if (!isTrailingBreak(el)) {
            if (pendingBreak) push('\n');
            pendingBreak = false;
            push('\n');
          }
          continue;
        }
        const block = isBlock(el);
        if (block) {
          if (pendingBreak || (len > 0 && lastChar !== '\n')) push('\n');
          pendingBreak = false;
        }
        walk(el);
        if (block) pendingBreak = true;
      }
    }
  };
  walk(root);
  return { text: parts.join(''), segments, root };
}

/** Index of the last segment whose start is ≤ offset (−1 when none). */
function segmentAt(segs: readonly Segment[], offset: number): number {
  let lo = 0;
  let hi = segs.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segs[mid]!.start <= offset) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

/**
 * The DOM position of a text offset. At a boundary between two nodes, `affinity` says which side:
 * 'forward' (start of a range) takes the next node, 'backward' (end of a range) the previous one.
 */
export function domPoint(ce: CeText, offset: number, affinity: 'forward' | 'backward'): { node: Text; offset: number } | null {
  const segs = ce.segments;
  if (!segs.length) return null;
  let i = segmentAt(segs, offset);
  if (i < 0) return { node: segs[0]!.node, offset: 0 };
  let s = segs[i]!;
  if (affinity === 'backward' && offset === s.start && i > 0) {
    const prev = segs[i - 1]!;
    if (prev.start + prev.length >= offset - 1) {
      i--;
      s = prev;
      return { node: s.node, offset: s.length };
    }
  }
  if (offset > s.start + s.length) {
    // In a virtual newline after this segment.
    if (affinity === 'forward' && i + 1 < segs.length) return { node: segs[i + 1]!.node, offset: 0 };
    return { node: s.node, offset: s.length };
  }
  if (affinity === 'forward' && offset === s.start + s.length && i + 1 < segs.length && segs[i + 1]!.start === offset) {
    return { node: segs[i + 1]!.node, offset: 0 };
  }
  return { node: s.node, offset: offset - s.start };
}

/** A DOM Range over [start, end) of the built text; null when the text has no nodes. */
export function domRange(ce: CeText, start: number, end: number, doc: Document = ce.root.ownerDocument): Range | null {
  const a = domPoint(ce, start, 'forward');
  const b = domPoint(ce, end, 'backward');
  if (!a || !b) return null;
  const r = doc.createRange();
  try {
    r.setStart(a.node, a.offset);
    r.setEnd(b.node, b.offset);
  } catch {
    return null;
  }
  if (r.collapsed && end > start) return null;
  return r;
}

/** The text offset of a DOM position (e.g. the caret); null when outside the editor. */
export function textOffset(ce: CeText, node: Node, offset: number): number | null {
  if (!ce.root.contains(node)) return null;
  const segs = ce.segments;
  if (node.nodeType === 3) {
    for (const s of segs) if (s.node === node) return s.start + Math.min(offset, s.length);
  }
  // An element position: the first text node at or after it.
  const doc = ce.root.ownerDocument;
  const probe = doc.createRange();
  probe.setStart(node, offset);
  probe.collapse(true);
  for (const s of segs) {
    // Segment node before the point: skip; first segment at/after the point is where we are.
    const cmp = probe.comparePoint(s.node, 0);
    if (cmp >= 0) return s.start;
  }
  return ce.text.length;
}
