// Finding elements the way the specs need, in both browsers: CSS selectors matched in the document
// and in every open shadow root below it (the extension's UI lives in open shadow roots). A
// selector is matched inside one tree: it does not cross a shadow boundary.
import type { El, Frame, Tab } from './driver';
import { waitFor } from './wait';

/** Where to look: a tab (its main frame), a frame, or an element's subtree (and shadow roots). */
export type Scope = Tab | Frame | El;

async function scopeRoot(scope: Scope): Promise<El> {
  const frame = 'mainFrame' in scope ? scope.mainFrame() : 'isMain' in scope ? scope : null;
  if (!frame) return scope as El;
  const [root] = await frame.elements(() => [document.documentElement], null);
  if (!root) throw new Error(`no document in ${frame.url()}`);
  return root;
}

/** Every element matching `selector` under `scope`, through open shadow roots, in tree order. */
export async function $$(scope: Scope, selector: string): Promise<El[]> {
  return (await scopeRoot(scope)).elements((root, sel) => {
    const out: Element[] = [];
    const visit = (node: Element | ShadowRoot) => {
      for (const el of Array.from(node.querySelectorAll('*'))) {
        if (el.matches(sel)) out.push(el);
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    if (root.matches(sel)) out.push(root);
    if (root.shadowRoot) visit(root.shadowRoot);
    visit(root);
    return out;
  }, selector);
}

export async function count(scope: Scope, selector: string): Promise<number> {
  return (await $$(scope, selector)).length;
}

/** Has a box and is not visibility:hidden. */
export const isVisible = (el: El) =>
  el.evaluate((e) => {
    const r = e.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden';
  }, null);

/** The first element matching `selector` (visible, if asked), waiting up to `timeout` ms for it. */
export async function $(scope: Scope, selector: string, opts: { visible?: boolean; timeout?: number } = {}): Promise<El> {
  return waitFor(
    async () => {
      for (const el of await $$(scope, selector)) if (!opts.visible || (await isVisible(el))) return el;
      return undefined;
    },
    opts.timeout ?? 10_000,
    `${opts.visible ? 'a visible ' : ''}${selector}`,
  );
}

/** Wait until nothing matches `selector` (or nothing visible does). */
export async function gone(scope: Scope, selector: string, opts: { visible?: boolean; timeout?: number } = {}): Promise<void> {
  await waitFor(
    async () => {
      for (const el of await $$(scope, selector)) if (!opts.visible || (await isVisible(el))) return undefined;
      return true;
    },
    opts.timeout ?? 5_000,
    `${selector} to go`,
  );
}

export const attr = (el: El, name: string) => el.evaluate((e, n) => e.getAttribute(n), name);
export const text = (el: El) => el.evaluate((e) => (e as HTMLElement).innerText, null);
export const inputValue = (el: El) => el.evaluate((e) => (e as HTMLInputElement).value, null);

/** Tick or untick a checkbox, radio or switch the way a person does: a click on it or its label. */
export async function setChecked(el: El, checked: boolean): Promise<void> {
  const state = () => el.evaluate((e) => (e as HTMLInputElement).checked, null);
  if ((await state()) === checked) return;
  // Switches hide their 1-px input under a styled label: click what is there to click.
  const [target] = await el.elements((e) => {
    const r = e.getBoundingClientRect();
    const label = e.closest('label') ?? (e as HTMLInputElement).labels?.[0];
    return [r.width > 2 && r.height > 2 ? e : (label ?? e)];
  }, null);
  await target!.click();
  await waitFor(async () => ((await state()) === checked ? true : undefined), 2_000, `the input to be ${checked ? 'checked' : 'unchecked'}`);
}

/**
 * Type an ISO date (YYYY-MM-DD) into a date input the way an agent does: segment by segment, in the
 * order the browser shows them (it follows the browser's language). `El.fill` sets a date's value
 * by script, which is right for our own extension pages but reaches no in-page picker: that takes
 * only a person's events. Emptied, blurred and focused again, the caret is in the first segment
 * (Firefox may need Home to get there).
 */
export async function typeDate(input: El, iso: string): Promise<void> {
  const [y, m, d] = iso.split('-') as [string, string, string];
  const tab = input.frame.tab;
  for (const home of [false, true]) {
    for (const order of [[m, d, y], [y, m, d], [d, m, y]]) {
      await input.evaluate((el) => {
        (el as HTMLInputElement).value = '';
        (el as HTMLInputElement).blur();
      }, null);
      await input.focus();
      if (home) await tab.press('Home');
      await tab.type(order.join(''));
      if ((await inputValue(input)) === iso) return;
    }
  }
  throw new Error(`could not type the date ${iso} (got ${JSON.stringify(await inputValue(input))})`);
}
