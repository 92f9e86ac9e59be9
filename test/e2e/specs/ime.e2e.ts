// Chinese pinyin IME composition (simulated where the browser can: Chromium over CDP,
// Input.imeSetComposition then Input.insertText): nothing is linted while composing, the badge
// comes after compositionend.
import { expect, it } from 'vitest';
import { describeUnless } from '../../skip';
import { type Editor, badge, driver, fieldText, findEditor, fixtureValue, focusField, holdsFor, isClean, screenshot, sleep, typeSlowly, useE2E, waitForBadge } from '../harness';

async function imeFlow(editor: Editor, name: string): Promise<void> {
  const { tab } = editor;
  const ime = tab.ime!;
  await focusField(editor);
  await typeSlowly(editor, '【安信贷】您好，', 5);

  // 1. Composing 老赖 on a clean field: no badge while the candidate is shown.
  let cleanWhileComposing = false;
  await ime.compose('laolai', '老赖', {
    whileComposing: async () => {
      // (Lexical keeps a U+200B composition marker in the DOM while composing.)
      expect((await fieldText(editor)).replace(/\u200b/g, ''), 'candidate is in the field while composing').toBe('【安信贷】您好，老赖');
      cleanWhileComposing = await holdsFor(() => isClean(editor), 600, 200);
      await screenshot(tab, `${name}-ime-composing`);
    },
  });
  expect(cleanWhileComposing, 'no error/warning badge while composing 老赖').toBe(true);
  const afterFirst = await waitForBadge(editor, (b) => b.count > 0 && b.maxSeverity === 'error');
  expect(await fixtureValue(editor)).toBe('【安信贷】您好，老赖');
  await screenshot(tab, `${name}-ime-committed`);

  // 2. Composing 坐牢 while 老赖 is flagged: the count does not change until compositionend.
  await typeSlowly(editor, '，再不还钱就等着', 5);
  await sleep(400); // let the typed text be linted before composing
  const before = await waitForBadge(editor, (b) => b.count >= afterFirst.count);
  let unchanged = false;
  await ime.compose('zuolao', '坐牢', {
    whileComposing: async () => {
      unchanged = await holdsFor(async () => (await badge(editor))?.count === before.count, 600, 200);
    },
  });
  expect(unchanged, 'badge count unchanged while composing 坐牢').toBe(true);
  await waitForBadge(editor, (b) => b.count > before.count && b.maxSeverity === 'error');
  expect(await fixtureValue(editor)).toBe('【安信贷】您好，老赖，再不还钱就等着坐牢');
}

describeUnless(driver.imeMissing, 'IME composition', () => {
  const env = useE2E();

  it('react-textarea', async () => {
    const tab = await env.open('react-textarea');
    await imeFlow(await findEditor(tab), 'react-textarea');
  });

  it('plain-contenteditable', async () => {
    const tab = await env.open('plain-contenteditable');
    await imeFlow(await findEditor(tab), 'plain-contenteditable');
  });

  it('lexical', async () => {
    const tab = await env.open('lexical');
    await imeFlow(await findEditor(tab), 'lexical');
  });
});
