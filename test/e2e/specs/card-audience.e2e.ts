// The card and the audience switch: hovering an underline opens the card (what is wrong, why,
// what instead), its fix applies and Ctrl+Z undoes it; keyboard only (Alt+J, Enter, Escape); the
// panel's audience switch turns amounts and overdue days into third-party disclosure errors, 自动
// takes the choice back, and nothing is remembered after a reload.
import { describe, expect, it } from 'vitest';
import { expectFieldAndState } from '../flow';
import { type BadgeInfo, COMPLIANT, type El, VIOLATING, attr, changedText, ensureFocus, fieldText, findEditor, firstUnderline, focusField, holdsFor, inUi, isClean, panelRows, screenshot, typeSlowly, useE2E, waitFor, waitForBadge } from '../harness';

const env = useE2E();

/** The open card in the badge's shadow root, with what it shows. */
async function card(b: BadgeInfo): Promise<{ el: El; ruleId: string; what: string; why: string; suggestion: string; focused: boolean } | null> {
  const el = await inUi(b, '[data-cg-card]');
  if (!el) return null;
  const info = await el.evaluate((c) => {
    const text = (s: string) => (c.querySelector(s)?.textContent ?? '').trim();
    const root = c.getRootNode() as ShadowRoot;
    return {
      ruleId: c.getAttribute('data-rule-id') ?? '',
      what: text('.what'),
      why: text('.src'),
      suggestion: text('.sugg-box .val'),
      visible: c.getBoundingClientRect().width > 0,
      focused: root.activeElement !== null && c.contains(root.activeElement),
    };
  }, null);
  return info.visible ? { el, ...info } : null;
}

describe('card', () => {
  it('hovering an underline opens the card; its fix applies and Ctrl+Z undoes it', async () => {
    const tab = await env.open('react-textarea');
    const editor = await findEditor(tab);
    await focusField(editor);
    await typeSlowly(editor, VIOLATING);
    const b = await waitForBadge(editor);
    const at = await waitFor(async () => (await firstUnderline(b)) ?? undefined, 3_000, 'an underline box');
    await tab.mouseMove({ x: at.x - 30, y: at.y + 40 });
    await tab.mouseMove(at, 4);
    const c = await waitFor(async () => (await card(b)) ?? undefined, 3_000, 'the card to open on hover');
    expect(c.ruleId).not.toBe('');
    expect(c.what, 'what is wrong').toMatch(/老赖|坐牢/);
    expect(c.why, 'why (the rule source)').toMatch(/依据/);
    expect(c.suggestion, 'what to write instead').not.toBe('');
    await screenshot(tab, 'card-hover');

    const before = await fieldText(editor);
    await (await inUi(b, '[data-cg-card] [data-cg-fix]'))!.click();
    const after = await changedText(editor, before, 'the card fix to change the field');
    expect(after).toContain(c.suggestion);
    await expectFieldAndState(editor, after, 'after the card fix');
    await ensureFocus(editor);
    await tab.press('Control+Z');
    await expectFieldAndState(editor, before, 'after Ctrl+Z');
  });

  it('keyboard only: Alt+J opens the next finding’s card with focus, Enter applies, Escape closes', async () => {
    const tab = await env.open('plain-contenteditable');
    const editor = await findEditor(tab);
    await focusField(editor);
    await typeSlowly(editor, VIOLATING);
    const b = await waitForBadge(editor);
    const focusedCard = async () => {
      const c = await card(b);
      return c?.focused ? c : undefined;
    };
    await tab.press('Control+Home');
    await tab.press('Alt+J');
    const first = await waitFor(focusedCard, 3_000, 'a focused card after Alt+J');
    await screenshot(tab, 'card-keyboard');
    await tab.press('Escape');
    await waitFor(async () => ((await card(b)) ? undefined : true), 3_000, 'Escape to close the card');
    await ensureFocus(editor);

    await tab.press('Control+Home');
    await tab.press('Alt+J');
    const again = await waitFor(focusedCard, 3_000, 'the card again');
    expect(again.ruleId).toBe(first.ruleId);
    const before = await fieldText(editor);
    await tab.press('Enter');
    const after = await changedText(editor, before, 'Enter to apply the fix');
    expect(after).toContain(again.suggestion);
    await expectFieldAndState(editor, after, 'after Enter');
  });
});

describe('audience switch', () => {
  it('third party: amounts and overdue days become disclosure errors; 自动 takes it back; nothing is remembered', async () => {
    const tab = await env.open('react-textarea');
    let editor = await findEditor(tab);
    await focusField(editor);
    await typeSlowly(editor, COMPLIANT, 5);
    expect(await holdsFor(() => isClean(editor), 500), 'clean for the debtor').toBe(true);

    const b = await waitForBadge(editor, () => true);
    await b.el.click();
    const toThird = await waitFor(async () => (await inUi(b, '[data-cg-audience="third_party"]')) ?? undefined, 3_000, 'the audience switch in the panel');
    await toThird.click();
    await waitForBadge(editor, (x) => x.maxSeverity === 'error');
    const rows = await waitFor(async () => {
      const rs = await panelRows(editor, b);
      return rs.some((r) => r.category === 'third_party_disclosure') ? rs : undefined;
    }, 3_000, 'third-party disclosure rows');
    expect(rows.filter((r) => r.category === 'third_party_disclosure').every((r) => r.severity === 'error')).toBe(true);
    expect(await attr((await inUi(b, '[data-cg-audience="third_party"]'))!, 'aria-pressed')).toBe('true');
    await screenshot(tab, 'audience-third-party');

    // Back to 自动: the text is the borrower's, clean again. The choice holds for one message only:
    // after a reload the same message is checked for the borrower.
    const toAuto = await inUi(b, '[data-cg-audience="auto"]');
    await toAuto!.click();
    expect(await holdsFor(() => isClean(editor), 600), 'clean on 自动').toBe(true);
    await toThird.click();
    await waitForBadge(editor, (x) => x.maxSeverity === 'error');
    await tab.reload();
    editor = await findEditor(tab);
    await focusField(editor);
    await typeSlowly(editor, COMPLIANT, 5);
    expect(await holdsFor(() => isClean(editor), 600), 'clean for the debtor again').toBe(true);
  });
});
