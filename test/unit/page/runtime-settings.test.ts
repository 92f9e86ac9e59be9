// @vitest-environment happy-dom
// The content-script runtime's settings: a first read that fails is tried again, and a first read
// that answers late never undoes a newer change heard meanwhile.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PageRuntime } from '../../../src/page/index';
import { DEFAULT_SETTINGS, NO_LOCKS, type EffectiveSettings } from '../../../src/settings/schema';
import { PACKS } from '../../../src/core/index';
import type { FieldController } from '../../../src/page/controller';

const effective = (patch: Partial<EffectiveSettings>): EffectiveSettings => ({ ...DEFAULT_SETTINGS, locked: NO_LOCKS, managed: [], ...patch });
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

function fakeCtx() {
  const stops: (() => void)[] = [];
  const ctx = {
    isValid: true,
    onInvalidated: (cb: () => void) => void stops.push(cb),
    addEventListener: (target: EventTarget, type: string, handler: EventListener, options?: AddEventListenerOptions) => {
      target.addEventListener(type, handler, options);
      stops.push(() => target.removeEventListener(type, handler, options));
    },
  };
  return { ctx: ctx as unknown as ContentScriptContext, invalidate: () => stops.splice(0).forEach((f) => f()) };
}

/** Answers cg:get-settings with whatever `answer` gives (a promise may delay it), and cg:save-settings with `saved`. */
function background(answer: () => Promise<EffectiveSettings>, saved: { ok: boolean; error?: string } = { ok: true }, saves: unknown[] = []) {
  fakeBrowser.runtime.onMessage.addListener((m: unknown, _s: unknown, respond: (r: unknown) => void) => {
    const type = (m as { type?: string }).type;
    if (type === 'cg:get-pack') {
      respond(PACKS.cn);
      return true;
    }
    if (type === 'cg:save-settings') {
      saves.push((m as { patch: unknown }).patch);
      respond(saved);
      return true;
    }
    if (type !== 'cg:get-settings') return undefined;
    void answer().then((effective) => respond({ effective, managedTemplates: [] }));
    return true;
  });
}

/** A textarea holding `text`, focused, with its controller once it has been linted. */
async function checkedField(rt: PageRuntime, text: string): Promise<FieldController> {
  const ta = document.createElement('textarea');
  ta.value = text;
  document.body.append(ta);
  ta.focus();
  let c: FieldController | undefined;
  for (let i = 0; i < 50 && !c?.shown.length; i++) {
    await wait(20);
    c = (rt as unknown as { controllers: Map<Element, FieldController> }).controllers.get(ta);
  }
  if (!c?.shown.length) throw new Error('field not linted');
  return c;
}

let stop: (() => void) | null = null;
beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  stop?.();
  stop = null;
});

describe('PageRuntime settings', () => {
  it('asks again when the background was not listening yet, instead of keeping the defaults', async () => {
    const { ctx, invalidate } = fakeCtx();
    stop = invalidate;
    const rt = new PageRuntime(ctx, { noHighlights: true });
    await rt.start(); // no listener: the first read fails
    expect(rt.settings().allowlist).toEqual([]);
    background(async () => effective({ allowlist: ['极速分期'] }));
    await wait(700);
    expect(rt.settings().allowlist).toEqual(['极速分期']);
  });

  it('a first read that answers late does not undo a change heard meanwhile', async () => {
    const { ctx, invalidate } = fakeCtx();
    stop = invalidate;
    let calls = 0;
    background(async () => {
      calls++;
      if (calls === 1) {
        await wait(400); // the policy read hangs for a while
        return effective({ allowlist: [] });
      }
      return effective({ allowlist: ['新词'] });
    });
    const rt = new PageRuntime(ctx, { noHighlights: true });
    await rt.start(); // gives up waiting after a moment, starts with the defaults
    // The agent adds a phrase elsewhere: the change is heard and applied.
    await fakeBrowser.storage.local.set({ settings: { version: 2, allowlist: ['新词'] } });
    await wait(50);
    expect(rt.settings().allowlist).toEqual(['新词']);
    // Then the first, older answer arrives.
    await wait(500);
    expect(rt.settings().allowlist).toEqual(['新词']);
  });

  it('"always allow" changes nothing when the organisation locks the allowlist', async () => {
    const { ctx, invalidate } = fakeCtx();
    stop = invalidate;
    const saves: unknown[] = [];
    background(async () => effective({ locked: { ...NO_LOCKS, allowlist: true } }), { ok: true }, saves);
    const rt = new PageRuntime(ctx, { noHighlights: true });
    await rt.start();
    const c = await checkedField(rt, '你这个老赖');
    const f = c.shown.find((x) => (x.phrase ?? x.match) === '老赖')!;
    rt.allow(c.id, f.key);
    await wait(50);
    expect(rt.settings().allowlist).toEqual([]);
    expect(saves).toEqual([]);
    expect(c.shown.some((x) => (x.phrase ?? x.match) === '老赖')).toBe(true);
  });

  it('"always allow" is undone when the background refuses to save it', async () => {
    const { ctx, invalidate } = fakeCtx();
    stop = invalidate;
    const saves: unknown[] = [];
    background(async () => effective({}), { ok: false, error: 'invalid' }, saves);
    const rt = new PageRuntime(ctx, { noHighlights: true });
    await rt.start();
    const c = await checkedField(rt, '你这个老赖');
    const f = c.shown.find((x) => (x.phrase ?? x.match) === '老赖')!;
    rt.allow(c.id, f.key);
    await wait(100);
    expect(saves).toEqual([{ allowlist: ['老赖'] }]);
    expect(rt.settings().allowlist).toEqual([]);
  });
});
