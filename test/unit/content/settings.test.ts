// The frame's one settings source: a first read that fails is tried again, a first read that
// answers late never undoes a newer change, and "always allow" is undone when the background
// refuses to save it.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { allowPhrase } from '../../../src/content/framework';
import { DEFAULT_PAGE_SETTINGS, SettingsSource } from '../../../src/content/settings';
import type { PageSettings } from '../../../src/messaging/protocol';

const page = (patch: Partial<PageSettings> = {}, allowlist: string[] = []): PageSettings => ({ ...DEFAULT_PAGE_SETTINGS, ...patch, lint: { allowlist } });

/** A background answering cg:page-settings with `answer()` (a promise may delay it) and cg:allow-phrase with `saved`. */
function background(answer: () => Promise<PageSettings>, saved = { ok: true }) {
  const asked: string[] = [];
  fakeBrowser.runtime.onMessage.addListener((m: unknown, _s: unknown, respond: (r: unknown) => void) => {
    const type = (m as { type: string }).type;
    asked.push(type);
    if (type === 'cg:allow-phrase') respond(saved);
    else if (type === 'cg:page-settings') void answer().then(respond);
    else return undefined;
    return true;
  });
  return asked;
}

let stop: AbortController;
beforeEach(() => {
  fakeBrowser.reset();
  stop = new AbortController();
});
afterEach(() => stop.abort());

describe('the frame’s settings source', () => {
  it('asks again when the background was not listening yet, instead of keeping the defaults', async () => {
    const source = new SettingsSource();
    await source.start(stop.signal); // no listener: the first read fails
    expect(source.current).toEqual(DEFAULT_PAGE_SETTINGS);
    background(async () => page({}, ['极速分期']));
    await vi.waitFor(() => expect(source.current.lint.allowlist).toEqual(['极速分期']), { timeout: 5000 });
  });

  it('a first read that answers late does not undo a change heard meanwhile', async () => {
    let calls = 0;
    let releaseFirst!: () => void;
    background(async () => {
      if (++calls === 1) {
        await new Promise<void>((r) => (releaseFirst = r)); // the policy read hangs for a while
        return page({}, []);
      }
      return page({}, ['新词']);
    });
    const source = new SettingsSource();
    const heard: PageSettings[] = [];
    source.subscribe((s) => heard.push(s), stop.signal);
    await source.start(stop.signal); // gives up waiting after a moment: the defaults meanwhile
    // The agent adds a phrase elsewhere: the background says the settings changed.
    source.refresh();
    await vi.waitFor(() => expect(source.current.lint.allowlist).toEqual(['新词']));
    // Then the first, older answer arrives.
    releaseFirst();
    await new Promise((r) => setTimeout(r, 20));
    expect(source.current.lint.allowlist).toEqual(['新词']);
    expect(heard.map((s) => s.lint.allowlist)).toEqual([['新词']]);
  });

  it('tells its subscribers only of real changes, and nothing once stopped', async () => {
    let value = page({ active: true });
    background(async () => value);
    const source = new SettingsSource();
    const heard: boolean[] = [];
    source.subscribe((s) => heard.push(s.active), stop.signal);
    await source.start(stop.signal);
    source.refresh(); // the same settings again: no news
    await new Promise((r) => setTimeout(r, 20));
    value = page({ active: false });
    source.refresh();
    // The first read (the stored settings replace the defaults), not its repetition, then the pause.
    await vi.waitFor(() => expect(heard).toEqual([true, false]));
    stop.abort();
    value = page({ active: true });
    source.refresh();
    await new Promise((r) => setTimeout(r, 20));
    expect(heard).toEqual([true, false]);
  });
});

describe('"always allow" in the page', () => {
  it('is in force at once and stays when saved', async () => {
    const asked = background(async () => page());
    const source = new SettingsSource();
    await source.start(stop.signal);
    const saving = allowPhrase(source, '老赖');
    expect(source.current.lint.allowlist).toEqual(['老赖']);
    expect(await saving).toBe(true);
    expect(source.current.lint.allowlist).toEqual(['老赖']);
    expect(asked.filter((t) => t === 'cg:allow-phrase')).toHaveLength(1);
  });

  it('is undone when the background refuses to save it', async () => {
    background(async () => page({}, ['安信贷']), { ok: false });
    const source = new SettingsSource();
    await source.start(stop.signal);
    expect(await allowPhrase(source, '老赖')).toBe(false);
    expect(source.current.lint.allowlist).toEqual(['安信贷']);
  });
});
