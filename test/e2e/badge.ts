// The extension's in-page UI as the SPEC "In-page UI" contract describes it: the badge of a field
// (`[data-cg-badge]` with data-count and data-max-severity, in an open shadow root whose host is
// `<collectguard-ui>`), its panel's finding rows (`[data-rule-id]` with data-category,
// data-severity, data-start, data-end, and `[data-cg-fix]` when there is a suggestion), and the
// underlines.
import { $$, type Scope } from './dom';
import type { El, Frame, Tab } from './driver';
import type { Editor } from './editor';
import { sleep, waitFor } from './wait';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface BadgeInfo {
  el: El;
  count: number;
  maxSeverity: string | null;
  /** In the frame's viewport coordinates. */
  box: Box;
  visible: boolean;
  /** Distance from the field's box (0 = overlapping); Infinity when not matched to a field. */
  distance: number;
}

export interface FindingRow {
  ruleId: string;
  category: string | null;
  severity: string | null;
  start: number | null;
  end: number | null;
  hasFix: boolean;
  visible: boolean;
  /** Its first line shows: inside the panel's visible box (not scrolled away or under the title) and the window. */
  inView: boolean;
  text: string;
}

const boxOf = (el: El) =>
  el.evaluate((e) => {
    const r = e.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  }, null);

function boxDistance(a: Box, b: Box): number {
  const dx = Math.max(0, a.x - (b.x + b.width), b.x - (a.x + a.width));
  const dy = Math.max(0, a.y - (b.y + b.height), b.y - (a.y + a.height));
  return Math.hypot(dx, dy);
}

async function badgeInfo(el: El, field?: Box): Promise<BadgeInfo> {
  const info = await el.evaluate((b) => {
    const r = b.getBoundingClientRect();
    return {
      count: Number(b.getAttribute('data-count')),
      maxSeverity: b.getAttribute('data-max-severity'),
      box: { x: r.x, y: r.y, width: r.width, height: r.height },
      visible: r.width > 0 && r.height > 0 && getComputedStyle(b).visibility !== 'hidden',
    };
  }, null);
  return { el, ...info, distance: field ? boxDistance(info.box, field) : Infinity };
}

/** Every `[data-cg-badge]` in a frame or tab (through open shadow roots). */
export async function allBadges(scope: Tab | Frame): Promise<BadgeInfo[]> {
  const els = await $$(scope, '[data-cg-badge]').catch(() => []);
  return Promise.all(els.map((el) => badgeInfo(el)));
}

const isEditor = (x: Editor | Scope): x is Editor => 'marker' in x;

/**
 * The badge of a field: the visible badge nearest to the field's box in the field's document (or,
 * given a tab or frame, its first badge). null when there is none.
 */
export async function badge(target: Editor | Tab | Frame): Promise<BadgeInfo | null> {
  if (!isEditor(target)) return (await allBadges(target))[0] ?? null;
  const [field, list] = await Promise.all([boxOf(target.el), allBadges(target.frame)]);
  for (const b of list) b.distance = boxDistance(b.box, field);
  const visible = list.filter((b) => b.visible);
  const pool = visible.length ? visible : list;
  pool.sort((a, b) => a.distance - b.distance);
  return pool[0] ?? null;
}

/**
 * The shadow hosts above a badge, innermost first, and whether the outermost one sits in a
 * Document (not in one of the page's shadow roots). Contract: outermost is `collectguard-ui`.
 */
export function badgeHosts(b: BadgeInfo): Promise<{ hosts: string[]; inDocument: boolean; open: boolean }> {
  return b.el.evaluate((el) => {
    const hosts: string[] = [];
    let n: Node = el;
    let open = true;
    for (let root = n.getRootNode(); root instanceof ShadowRoot; root = n.getRootNode()) {
      hosts.push(root.host.localName);
      open &&= root.mode === 'open';
      n = root.host;
    }
    return { hosts, inDocument: n.getRootNode() instanceof Document, open };
  }, null);
}

/**
 * Wait for the field's badge to satisfy `pred` (default: has findings with an error). The first
 * lint of a document waits for the rule pack from the background and its compilation.
 */
export function waitForBadge(
  editor: Editor,
  pred: (b: BadgeInfo) => boolean = (b) => b.count > 0 && b.maxSeverity === 'error',
  timeout = 10_000,
): Promise<BadgeInfo> {
  return waitFor(async () => {
    const b = await badge(editor);
    return b && pred(b) ? b : undefined;
  }, timeout, `a badge for [data-e2e="${editor.marker}"] matching ${pred.toString()}`);
}

/** True when the field shows no error/warning: no badge, or one below warning. */
export async function isClean(editor: Editor): Promise<boolean> {
  const b = await badge(editor);
  return !b || !b.visible || (b.maxSeverity !== 'error' && b.maxSeverity !== 'warning');
}

/**
 * The finding rows listed in the panel of `b`: `[data-rule-id]` in the badge's shadow root (and
 * open shadow roots below it); falls back to any `[data-rule-id]` in the frame.
 */
export async function panelRows(editor: Editor, b: BadgeInfo): Promise<FindingRow[]> {
  const inRoot = await b.el.elements((badgeEl) => {
    const rows: Element[] = [];
    const walk = (n: Element | ShadowRoot | Document) => {
      for (const c of Array.from(n.children)) {
        if (c.matches('[data-rule-id]')) rows.push(c);
        if (c.shadowRoot) walk(c.shadowRoot);
        walk(c);
      }
    };
    walk(badgeEl.getRootNode() as ShadowRoot | Document);
    return rows;
  }, null).catch(() => []);
  const rows = inRoot.length ? inRoot : await $$(editor.frame, '[data-rule-id]').catch(() => []);
  return Promise.all(rows.map(rowInfo)).catch(() => []);
}

function rowInfo(row: El): Promise<FindingRow> {
  return row.evaluate((r) => {
    const rect = r.getBoundingClientRect();
    const num = (a: string) => (r.getAttribute(a) === null ? null : Number(r.getAttribute(a)));
    return {
      ruleId: r.getAttribute('data-rule-id') ?? '',
      category: r.getAttribute('data-category'),
      severity: r.getAttribute('data-severity'),
      start: num('data-start'),
      end: num('data-end'),
      hasFix: r.querySelector('[data-cg-fix]') !== null,
      visible: rect.width > 0 && rect.height > 0,
      inView: (() => {
        const panel = r.closest('[data-cg-panel]');
        const hd = panel?.querySelector('.hd')?.getBoundingClientRect();
        const box = panel?.getBoundingClientRect() ?? new DOMRect(0, 0, innerWidth, innerHeight);
        const top = Math.max(box.top, hd ? hd.bottom : box.top, 0);
        const bottom = Math.min(box.bottom, innerHeight);
        const line = Math.min(rect.height, 20);
        return rect.width > 0 && rect.top >= top - 1 && rect.top + line <= bottom + 1;
      })(),
      text: ((r as HTMLElement).innerText || r.textContent || '').trim().slice(0, 200),
    };
  }, null);
}

/** Click the field's badge and wait for the panel's rows; returns them. */
export async function openPanel(editor: Editor, timeout = 5_000): Promise<{ badge: BadgeInfo; rows: FindingRow[] }> {
  const b = await waitForBadge(editor, (x) => x.count > 0);
  await b.el.click();
  const rows = await waitFor(
    async () => {
      const rs = await panelRows(editor, b);
      return rs.some((r) => r.visible) ? rs : undefined;
    },
    timeout,
    'the panel to list findings ([data-rule-id]) after clicking the badge',
  );
  return { badge: b, rows };
}

/** The first element matching `selector` in the badge's shadow root, or null. */
export async function inUi(b: BadgeInfo, selector: string): Promise<El | null> {
  const [el] = await b.el.elements((badgeEl, sel) => Array.from((badgeEl.getRootNode() as ShadowRoot).querySelectorAll(sel)).slice(0, 1), selector);
  return el ?? null;
}

/** The first `[data-cg-fix]` of the panel (falls back to the frame) and the finding row that holds it. */
async function firstFix(editor: Editor, b: BadgeInfo): Promise<{ button: El; row: FindingRow }> {
  const button = (await inUi(b, '[data-cg-fix]')) ?? (await $$(editor.frame, '[data-cg-fix]'))[0];
  if (!button) throw new Error('no [data-cg-fix] button in the panel');
  const [row] = await button.elements((el) => {
    const r = el.closest('[data-rule-id]');
    return r ? [r] : [];
  }, null);
  if (!row) throw new Error('the first [data-cg-fix] is not inside a [data-rule-id] row');
  return { button, row: { ...(await rowInfo(row)), hasFix: true, visible: true } };
}

/**
 * Click the first `[data-cg-fix]` with the real mouse. The panel may re-render between finding
 * the button and clicking it, so a detached button is looked up again (same rule id) and retried.
 */
export async function clickFirstFix(editor: Editor, b: BadgeInfo): Promise<FindingRow> {
  let lastError: unknown;
  let wanted: string | null = null;
  for (let attempt = 0; attempt < 10; attempt++) {
    const { button, row } = await firstFix(editor, b);
    if (wanted !== null && row.ruleId !== wanted) throw new Error(`the first fix changed from ${wanted} to ${row.ruleId} while clicking`);
    wanted = row.ruleId;
    try {
      await button.click();
      return row;
    } catch (e) {
      lastError = e;
      if (!/not attached|detached/i.test(String(e))) throw e;
      await sleep(50);
    }
  }
  throw lastError;
}

/**
 * The centre of the first underline box in the field's UI, in viewport coordinates (for hovering
 * it like an agent's mouse). Null when there is no underline box (the CSS Highlight API draws
 * contenteditable underlines; it has no boxes).
 */
export function firstUnderline(b: BadgeInfo): Promise<{ x: number; y: number } | null> {
  return b.el.evaluate((badgeEl) => {
    const u = (badgeEl.getRootNode() as ShadowRoot).querySelector('[data-cg-underline]');
    if (!u) return null;
    const r = u.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  }, null);
}

/** How the field's findings are drawn: overlay boxes (text fields) and CSS Custom Highlights (contenteditable). */
export async function underlines(editor: Editor, b: BadgeInfo): Promise<{ boxes: number; highlights: number }> {
  const boxes = await b.el.evaluate((el) => (el.getRootNode() as ShadowRoot).querySelectorAll('[data-cg-underline]').length, null);
  const highlights = await editor.frame.evaluate(() => {
    const reg = (CSS as unknown as { highlights?: Map<string, { size: number }> }).highlights;
    let n = 0;
    if (reg) for (const name of ['cg-error', 'cg-warning', 'cg-info']) n += reg.get(name)?.size ?? 0;
    return n;
  }, null);
  return { boxes, highlights };
}
