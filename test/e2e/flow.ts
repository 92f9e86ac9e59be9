// The SPEC "In-page UI" flow every editor kind goes through, in both browsers (also what held-out
// console pages are judged by): type a violating message → badge (count > 0, max severity error)
// in an open <collectguard-ui> shadow root, underlines drawn, the overlay not stealing clicks →
// click it → the panel lists insult and misleading findings → apply the first fix → the field
// changed exactly at that finding's span and the framework state equals the field → Ctrl+Z
// restores both → clear, type a compliant message → no error/warning badge.
import { expect } from 'vitest';
import {
  type BadgeInfo,
  COMPLIANT,
  type Editor,
  VIOLATING,
  badge,
  badgeHosts,
  changedText,
  clearField,
  clickFirstFix,
  ensureFocus,
  fieldText,
  fixtureValue,
  focusField,
  holdsFor,
  isClean,
  openPanel,
  screenshot,
  sleep,
  typeSlowly,
  underlines,
  waitFor,
  waitForBadge,
} from './harness';

/** Poll until field text and framework state agree on `expected`; report both when they don't. */
export async function expectFieldAndState(editor: Editor, expected: string, step: string, timeout = 3_000): Promise<void> {
  let field = '';
  let state = '';
  const ok = await waitFor(
    async () => {
      field = await fieldText(editor);
      state = await fixtureValue(editor);
      return field === expected && state === expected ? true : undefined;
    },
    timeout,
  ).catch(() => false);
  if (!ok) expect({ field, state }, `${step}: field text and framework state`).toEqual({ field: expected, state: expected });
}

export interface FlowOptions {
  /** Screenshot name prefix (the editor kind). */
  name: string;
  violating?: string;
  compliant?: string;
  /** Click into the field to focus it (default); false uses element.focus(). */
  click?: boolean;
  /** Type non-ASCII characters with an IME's keydown/keyup (keyCode 229) around them (see typeSlowly). */
  imeKeys?: boolean;
}

export async function contractFlow(editor: Editor, opts: FlowOptions): Promise<void> {
  const violating = opts.violating ?? VIOLATING;
  const compliant = opts.compliant ?? COMPLIANT;
  const { tab } = editor;

  // 1. Type the violating message.
  await focusField(editor, { click: opts.click });
  if ((await fieldText(editor)) !== '') await clearField(editor);
  await typeSlowly(editor, violating, 25, { imeKeys: opts.imeKeys });
  const typedAt = Date.now();
  await expectFieldAndState(editor, violating, 'after typing the violating message');

  // 2. Badge for this field with an error, in <collectguard-ui>'s open shadow root.
  const b = await waitForBadge(editor).catch(async (e: Error) => {
    await screenshot(tab, `${opts.name}-FAIL-no-badge`);
    throw e;
  });
  expect(b.count, 'badge data-count').toBeGreaterThan(0);
  expect(b.maxSeverity, 'badge data-max-severity').toBe('error');
  const where = await badgeHosts(b);
  expect(where.hosts.at(-1), 'the badge lives in a <collectguard-ui> shadow root').toBe('collectguard-ui');
  expect(where.inDocument && where.open, "<collectguard-ui> is in the field's document, shadow roots open").toBe(true);
  // Underlines, one mark per finding: overlay boxes for text fields; in a contenteditable CSS
  // Custom Highlights where the content script can reach the registry, overlay boxes where it
  // cannot (Firefox ESR 140's content-script view of the page has no CSS.highlights).
  const drawn = await waitFor(async () => {
    const u = await underlines(editor, b);
    return u.boxes + u.highlights > 0 ? u : undefined;
  }, 3_000, 'underlines (overlay boxes or CSS highlights)');
  if (editor.kind === 'contenteditable') expect(drawn.highlights + drawn.boxes, 'underline marks in the contenteditable').toBeGreaterThanOrEqual(2);
  else expect(drawn.boxes, 'text-field underline boxes').toBeGreaterThanOrEqual(2);
  await sleep(100); // let the underline paint before the screenshot
  await screenshot(tab, `${opts.name}-1-underlines`);

  // 2b. The overlay must not steal clicks from the field: the first text line (where the
  //     underlines are) must hit the field itself.
  const hit = await hitAt(editor, await textPoint(editor, b));
  expect(hit.field, `a click on the field's text reaches the field, not ${hit.target}`).toBe(true);

  // 3. Panel lists the findings.
  const { badge: opened, rows } = await openPanel(editor);
  await screenshot(tab, `${opts.name}-2-panel`);
  const categories = rows.map((r) => r.category);
  expect(categories, 'panel rows data-category').toContain('insult');
  expect(categories, 'panel rows data-category').toContain('misleading');
  for (const r of rows) {
    expect(r.ruleId, 'row data-rule-id').not.toBe('');
    expect(['error', 'warning', 'info'], `row ${r.ruleId} data-severity`).toContain(r.severity);
  }
  expect(rows.filter((r) => r.category === 'insult' || r.category === 'misleading').every((r) => r.severity === 'error'), 'insult/misleading rows are errors').toBe(true);
  expect(rows.length, 'rows vs badge data-count').toBe(opened.count);
  // However little room the panel has (a field low in a short frame), it opens on its first problem.
  expect(rows[0]!.inView, `the first problem (${rows[0]!.ruleId}) is in view when the panel opens`).toBe(true);

  // 4. Apply the first fix. An agent reads the card first; the pause also keeps editors whose
  //    history merges edits made within a short delay (Quill: 1 s) from merging the fix into the
  //    typing, which would make Ctrl+Z undo more than the fix.
  const before = await fieldText(editor);
  const readingPause = 1_200 - (Date.now() - typedAt);
  if (readingPause > 0) await sleep(readingPause);
  const row = await clickFirstFix(editor, opened);
  expect(row.start !== null && row.end !== null && row.start >= 0 && row.end > row.start && row.end <= before.length, `row ${row.ruleId} data-start/data-end (${row.start}, ${row.end}) within the text`).toBe(true);
  const start = row.start ?? 0;
  const end = row.end ?? 0;
  const after = await changedText(editor, before, `the fix of ${row.ruleId} to change the field`);
  const tail = before.length - end;
  expect(after.slice(0, start), 'text before the fixed span unchanged').toBe(before.slice(0, start));
  expect(after.slice(after.length - tail), 'text after the fixed span unchanged').toBe(before.slice(end));
  expect(after.slice(start, after.length - tail), 'the flagged span was replaced').not.toBe(before.slice(start, end));
  await expectFieldAndState(editor, after, 'after applying the fix');
  await screenshot(tab, `${opts.name}-3-fixed`);

  // 5. Ctrl+Z undoes the fix, in the field and in the framework state.
  await ensureFocus(editor);
  await tab.press('Control+Z');
  await expectFieldAndState(editor, before, 'after Ctrl+Z');

  // 6. A compliant message leaves no error/warning badge.
  await clearField(editor);
  await typeSlowly(editor, compliant, 5, { imeKeys: opts.imeKeys });
  await expectFieldAndState(editor, compliant, 'after typing the compliant message');
  const clean = await holdsFor(() => isClean(editor), 800, 300);
  await screenshot(tab, `${opts.name}-4-compliant`);
  expect(clean, `no error/warning badge for the compliant message (badge: ${JSON.stringify(await describeBadge(editor))})`).toBe(true);
}

async function describeBadge(editor: Editor): Promise<unknown> {
  const b = await badge(editor);
  return b && { count: b.count, maxSeverity: b.maxSeverity, visible: b.visible };
}

/** A point on the field's first text line (relative to the field) that is not under its badge. */
async function textPoint(editor: Editor, b: BadgeInfo): Promise<{ x: number; y: number }> {
  const f = await editor.el.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  }, null);
  const candidates = [
    { x: 24, y: 12 },
    { x: Math.round(f.width / 2), y: 12 },
    { x: 24, y: Math.round(f.height / 2) },
    { x: Math.round(f.width / 3), y: Math.round(f.height / 2) },
  ];
  const underBadge = (p: { x: number; y: number }) =>
    f.x + p.x >= b.box.x - 4 && f.x + p.x <= b.box.x + b.box.width + 4 && f.y + p.y >= b.box.y - 4 && f.y + p.y <= b.box.y + b.box.height + 4;
  return candidates.find((p) => p.x < f.width && p.y < f.height && !underBadge(p)) ?? { x: 24, y: 12 };
}

/** What a click at `p` (relative to the field) would hit: the element on top, through open shadow roots. */
function hitAt(editor: Editor, p: { x: number; y: number }): Promise<{ field: boolean; target: string }> {
  return editor.el.evaluate((field, p) => {
    field.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const r = field.getBoundingClientRect();
    const x = r.x + p.x;
    const y = r.y + p.y;
    let hit = document.elementFromPoint(x, y);
    while (hit?.shadowRoot) {
      const inner = hit.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === hit) break;
      hit = inner;
    }
    const name = (e: Element | null) => (e ? `<${e.localName}${e.id ? `#${e.id}` : ''}${e.className && typeof e.className === 'string' ? `.${e.className.split(/\s+/).join('.')}` : ''}>` : 'nothing');
    return { field: hit !== null && (hit === field || field.contains(hit)), target: name(hit) };
  }, p);
}
