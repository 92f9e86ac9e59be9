// @vitest-environment happy-dom
// The page framework on its own, with a lint provider and actions of the test's making: it needs
// no browser API (nothing here is faked but the DOM, which happy-dom provides).

import { afterEach, describe, expect, it, vi } from 'vitest';
import { lint } from '../../../src/core/index';
import type { FieldController } from '../../../src/overlay/controller';
import { Overlay, type LintProvider, type OverlayActions } from '../../../src/overlay/framework';
import { IncrementalLinter } from '../../../src/overlay/lint-job';

const provider: LintProvider = {
  forField: () => {
    const job = new IncrementalLinter();
    return { run: (text, audience) => job.run(text, { audience }) };
  },
  audienceOf: () => 'debtor',
  epoch: () => 0,
};

function actions(): OverlayActions & { allowPhrase: ReturnType<typeof vi.fn> } {
  return { allowPhrase: vi.fn(async () => true), recallAudience: async () => null, rememberAudience: () => undefined };
}

/** A focused textarea holding `text`, with its controller once it has been linted. */
async function checkedField(overlay: Overlay, text: string): Promise<FieldController> {
  const ta = document.createElement('textarea');
  ta.value = text;
  document.body.append(ta);
  ta.focus();
  let c: FieldController | undefined;
  await vi.waitFor(() => {
    c = (overlay as unknown as { controllers: Map<Element, FieldController> }).controllers.get(ta);
    expect(c?.shown.length).toBeGreaterThan(0);
  });
  return c!;
}

let overlay: Overlay | null = null;

/** A started framework with these actions; the organisation may lock the allowlist. */
function started(a: OverlayActions = actions(), allowLocked = false): Overlay {
  overlay = new Overlay(document, provider, a, { noHighlights: true });
  overlay.start({ lang: 'zh', active: true, allowLocked });
  return overlay;
}

afterEach(() => {
  overlay?.destroy();
  document.body.innerHTML = '';
});

describe('the page framework', () => {
  it('lints a focused field with the provider it is given', async () => {
    const c = await checkedField(started(), '你这个老赖');
    expect(c.shown.map((f) => f.phrase ?? f.match)).toContain('老赖');
    expect(c.shown.map((f) => f.ruleId)).toEqual(lint('你这个老赖', { audience: 'debtor' }).filter((f) => !(f.category === 'length' && f.severity === 'info')).map((f) => f.ruleId));
  });

  it('"always allow" asks the extension to save the phrase', async () => {
    const a = actions();
    const o = started(a);
    const c = await checkedField(o, '你这个老赖');
    o.allow(c.id, c.shown.find((x) => (x.phrase ?? x.match) === '老赖')!.key);
    expect(a.allowPhrase).toHaveBeenCalledWith('老赖');
  });

  it('"always allow" changes nothing when the organisation locks the allowlist', async () => {
    const a = actions();
    const o = started(a, true);
    const c = await checkedField(o, '你这个老赖');
    o.allow(c.id, c.shown.find((x) => (x.phrase ?? x.match) === '老赖')!.key);
    await new Promise((r) => setTimeout(r, 50));
    expect(a.allowPhrase).not.toHaveBeenCalled();
    expect(c.shown.some((x) => (x.phrase ?? x.match) === '老赖')).toBe(true);
  });

  it('switched off, it leaves the page as it found it', async () => {
    const o = started();
    await checkedField(o, '你这个老赖');
    expect(document.querySelector('collectguard-ui')).not.toBeNull();
    o.configure({ lang: 'zh', active: false, allowLocked: false });
    expect(document.querySelector('collectguard-ui')).toBeNull();
  });
});
