// Internal note fields (备注, read from the field's label): only the privacy checks, a badge that
// says 备注, no send guard; the panel shows the purpose and switches it, and the choice is
// remembered for the site and field. On the plain form console, which holds a message and a note.
import { describe, expect, it } from 'vitest';
import {
  $,
  COMPLIANT,
  attr,
  badge,
  findEditor,
  focusField,
  guardDialog,
  holdsFor,
  isClean,
  answer,
  openConsole,
  screenshot,
  sent,
  someSent,
  staysSent,
  typeMessage,
  typeSlowly,
  useE2E,
  waitFor,
  waitForBadge,
} from '../harness';

/** A valid resident ID number (GB 11643 check digit): the privacy check flags it even in a note. */
const ID_NUMBER = '11010519491231002X';

const env = useE2E();

describe('internal note fields', () => {
  it('a note gets only the privacy checks and no send guard; switched to a message in the panel it gets both; the choice is remembered', async () => {
    const message = await openConsole(env, 'send-plain-form');
    const tab = message.tab;
    const note = await findEditor(tab, { marker: 'note' });
    await typeMessage(message, COMPLIANT);
    await typeMessage(note, '你这个老赖');
    // Nothing to see in a note for an insult: no error badge.
    expect(await holdsFor(() => isClean(note), 600)).toBe(true);
    // The panel (from the note's own neutral badge) says it is a note.
    const b = await waitFor(async () => (await badge(note)) ?? undefined, 3_000, 'the note badge');
    expect(await attr(b.el, 'data-purpose')).toBe('note');
    await b.el.click();
    await $(tab, '[data-cg-purpose="note"]', { visible: true });
    await screenshot(tab, 'note-panel');
    await tab.press('Escape');
    // A full ID number is flagged even in a note.
    await focusField(note);
    await typeSlowly(note, `，身份证${ID_NUMBER}`, 5);
    await waitForBadge(note, (x) => x.count === 1 && x.maxSeverity === 'error');
    // The note's error never stops the form: the message is clean.
    await (await $(tab, '[data-e2e="send"]')).click();
    expect(await someSent(tab)).toEqual([COMPLIANT]);
    // Switched to a message, the insult counts, and the send guard looks at it.
    await (await waitForBadge(note)).el.click();
    await (await $(tab, '[data-cg-purpose-option="message"]', { visible: true })).click();
    await $(tab, '[data-cg-purpose="message"]');
    await waitForBadge(note, (x) => x.count >= 2);
    await tab.press('Escape');
    await (await $(tab, '[data-e2e="send"]')).click();
    expect(await attr(await guardDialog(tab), 'data-mode')).toBe('confirm');
    await answer(tab, 'back');
    expect(await staysSent(tab, [COMPLIANT])).toBe(true);
    // The choice is remembered for this site and field.
    const again = await openConsole(env, 'send-plain-form');
    const note2 = await findEditor(again.tab, { marker: 'note' });
    await typeMessage(note2, '你这个老赖');
    await waitForBadge(note2, (x) => x.maxSeverity === 'error');
    expect(await sent(again.tab)).toEqual([]);
  });
});
