// The SPEC "In-page UI" contract flow in Firefox, step for step the one the Chromium suite runs
// (test/e2e/flow.ts): type a violating message → badge (count > 0, max severity error) in a
// <collectguard-ui> open shadow root → underlines drawn → click the badge → the panel lists insult
// and misleading findings → apply the first fix → the field changed exactly at that span and the
// framework state agrees → Ctrl+Z restores both → a compliant message leaves no error/warning.
import { expect } from 'vitest';
import {
  COMPLIANT,
  type FxBadge,
  type FxEditor,
  VIOLATING,
  badge,
  chord,
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
  waitFor,
  waitForBadge,
} from './harness';

/** Poll until field text and framework state agree on `expected`; report both when they don't. */
export async function expectFieldAndState(editor: FxEditor, expected: string, step: string, timeout = 3_000): Promise<void> {
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

/** How the field's findings are drawn: overlay boxes (textarea/input) or CSS highlights (contenteditable). */
export async function underlines(editor: FxEditor, b: FxBadge): Promise<{ boxes: number; highlights: number }> {
  const boxes = await b.handle.evaluate((el) => (el.getRootNode() as ShadowRoot).querySelectorAll('[data-cg-underline]').length);
  const highlights = await editor.frame.evaluate(() => {
    const reg = (CSS as unknown as { highlights?: Map<string, { size: number }> }).highlights;
    let n = 0;
    if (reg) for (const name of ['cg-error', 'cg-warning', 'cg-info']) n += reg.get(name)?.size ?? 0;
    return n;
  });
  return { boxes, highlights };
}

export async function contractFlow(editor: FxEditor, opts: { name: string; violating?: string; compliant?: string }): Promise<void> {
  const violating = opts.violating ?? VIOLATING;
  const compliant = opts.compliant ?? COMPLIANT;
  const { page } = editor;

  // 1. Type the violating message.
  await focusField(editor);
  if ((await fieldText(editor)) !== '') await clearField(editor);
  await typeSlowly(editor, violating);
  const typedAt = Date.now();
  await expectFieldAndState(editor, violating, 'after typing the violating message');

  // 2. The field's badge shows an error, from <collectguard-ui>'s open shadow root.
  const b = await waitForBadge(editor).catch(async (e: Error) => {
    await screenshot(page, `${opts.name}-FAIL-no-badge`);
    throw e;
  });
  expect(b.count, 'badge data-count').toBeGreaterThan(0);
  expect(b.maxSeverity, 'badge data-max-severity').toBe('error');
  const host = await b.handle.evaluate((el) => {
    const root = el.getRootNode();
    return root instanceof ShadowRoot ? { host: root.host.localName, open: root.mode === 'open', inDocument: root.host.getRootNode() instanceof Document } : null;
  });
  expect(host, 'the badge lives in an open <collectguard-ui> shadow root in the document').toEqual({ host: 'collectguard-ui', open: true, inDocument: true });
  // Underlines: overlay boxes for text fields, CSS Custom Highlights for contenteditable.
  const drawn = await waitFor(async () => {
    const u = await underlines(editor, b);
    return u.boxes + u.highlights > 0 ? u : undefined;
  }, 3_000, 'underlines (overlay boxes or CSS highlights)');
  // Firefox ≥ 140 has the CSS Custom Highlight API: contenteditable underlines must use it (one
  // range per finding), as in Chromium; text fields are drawn by overlay boxes.
  // In a contenteditable they are CSS Custom Highlights where the content script can reach the
  // registry (Firefox 153), overlay boxes where it cannot (ESR 140's content-script view of the
  // page has no CSS.highlights): either way one mark per finding.
  if (editor.kind === 'contenteditable') expect(drawn.highlights + drawn.boxes, 'underline marks in the contenteditable').toBeGreaterThanOrEqual(2);
  else expect(drawn.boxes, 'text-field underline boxes').toBeGreaterThanOrEqual(2);
  await sleep(100);
  await screenshot(page, `${opts.name}-1-underlines`);

  // 3. The panel lists the findings.
  const { badge: opened, rows } = await openPanel(editor);
  await screenshot(page, `${opts.name}-2-panel`);
  const categories = rows.map((r) => r.category);
  expect(categories, 'panel rows data-category').toContain('insult');
  expect(categories, 'panel rows data-category').toContain('misleading');
  for (const r of rows) {
    expect(r.ruleId, 'row data-rule-id').not.toBe('');
    expect(['error', 'warning', 'info'], `row ${r.ruleId} data-severity`).toContain(r.severity);
  }
  expect(rows.length, 'rows vs badge data-count').toBe(opened.count);

  // 4. Apply the first fix (after the time an agent takes to read the card).
  const before = await fieldText(editor);
  const pause = 1_200 - (Date.now() - typedAt);
  if (pause > 0) await sleep(pause);
  const row = await clickFirstFix(editor, opened);
  const start = row.start ?? -1;
  const end = row.end ?? -1;
  expect(start >= 0 && end > start && end <= before.length, `row ${row.ruleId} data-start/data-end (${start}, ${end}) within the text`).toBe(true);
  const after = await waitFor(async () => {
    const t = await fieldText(editor);
    return t !== before ? t : undefined;
  }, 3_000, `the fix of ${row.ruleId} to change the field`);
  const tail = before.length - end;
  expect(after.slice(0, start), 'text before the fixed span unchanged').toBe(before.slice(0, start));
  expect(after.slice(after.length - tail), 'text after the fixed span unchanged').toBe(before.slice(end));
  expect(after.slice(start, after.length - tail), 'the flagged span was replaced').not.toBe(before.slice(start, end));
  await expectFieldAndState(editor, after, 'after applying the fix');
  await screenshot(page, `${opts.name}-3-fixed`);

  // 5. Ctrl+Z undoes the fix, in the field and in the framework state.
  await ensureFocus(editor);
  await chord(page, 'Control+Z');
  await expectFieldAndState(editor, before, 'after Ctrl+Z');

  // 6. A compliant message leaves no error/warning badge.
  await clearField(editor);
  await typeSlowly(editor, compliant, 5);
  await expectFieldAndState(editor, compliant, 'after typing the compliant message');
  const clean = await holdsFor(() => isClean(editor), 800, 300);
  await screenshot(page, `${opts.name}-4-compliant`);
  const last = await badge(editor);
  expect(clean, `no error/warning badge for the compliant message (badge: ${JSON.stringify(last && { count: last.count, maxSeverity: last.maxSeverity })})`).toBe(true);
}
