// @vitest-environment happy-dom
// The page framework on its own, with a lint provider and actions of the test's making: it needs
// no browser API (nothing here is faked but the DOM, which happy-dom provides).

import { afterEach, describe, expect, it, vi } from 'vitest';
import { lint } from '../../../src/core/index';
import type { FieldController } from '../../../src/overlay/controller';
import { Overlay, type LintProvider, type OverlayActions } from '../../../src/overlay/framework';
import { IncrementalLinter } from '../../../src/overlay/lint-job';
import { UI_PARTS, type UiParts } from '../../../src/overlay/ui/parts';

const provider: LintProvider = {
  forField: () => {
    const job = new IncrementalLinter();
    return { run: (text, audience) => job.run(text, { audience }) };
  },
  audienceOf: () => 'debtor',
  epoch: () => 0,
};

function actions(): OverlayActions & { allowPhrase: ReturnType<typeof vi.fn> } {
  return { allowPhrase: vi.fn(async () => true) };
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

/** A started framework with these actions; the organisation may lock the allowlist or let agents allow insults. */
function started(a: OverlayActions = actions(), allowLocked = false, allowSevere = false): Overlay {
  overlay = new Overlay(document, provider, a, { noHighlights: true, uiParts: UI_PARTS });
  overlay.start({ lang: 'zh', active: true, allowLocked, unallowable: allowSevere ? [] : ['threat', 'insult', 'impersonation'] });
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
    const c = await checkedField(o, '您好，再不处理后果自负');
    o.allow(c.id, c.shown.find((x) => x.category === 'pressure')!.key);
    expect(a.allowPhrase).toHaveBeenCalledWith('后果自负');
  });

  it('"always allow" an insult only when the organisation lets agents', async () => {
    const refused = actions();
    let o = started(refused);
    let c = await checkedField(o, '你这个老赖');
    o.allow(c.id, c.shown.find((x) => (x.phrase ?? x.match) === '老赖')!.key);
    expect(refused.allowPhrase).not.toHaveBeenCalled();
    o.destroy();
    document.body.innerHTML = '';
    const allowed = actions();
    o = started(allowed, false, true);
    c = await checkedField(o, '你这个老赖');
    o.allow(c.id, c.shown.find((x) => (x.phrase ?? x.match) === '老赖')!.key);
    expect(allowed.allowPhrase).toHaveBeenCalledWith('老赖');
  });

  it('the recipient holds for the message being written: a template sets it, emptying the field forgets it', async () => {
    const o = started();
    const c = await checkedField(o, '您好，您的借款已逾期3天，欠款5000元，后果自负');
    expect(c.view.audienceMode).toBe('auto');
    o.presetAudience(c.field, 'third_party');
    await vi.waitFor(() => expect(c.view.audience).toBe('third_party'));
    expect(c.view.audienceMode).toBe('third_party');
    (c.field as HTMLTextAreaElement).value = '';
    c.field.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.waitFor(() => expect(c.view.audienceMode).toBe('auto'));
    o.setAudience(c.id, 'debtor');
    await vi.waitFor(() => expect(c.view.audienceMode).toBe('debtor'));
    o.setAudience(c.id, 'auto');
    await vi.waitFor(() => expect(c.view.audienceMode).toBe('auto'));
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

  it('loads the panel, card and dialog once, when first needed, and draws what was opened meanwhile with its focus', async () => {
    let deliver: (p: UiParts) => void = () => undefined;
    const load = vi.fn(() => new Promise<UiParts>((ok) => (deliver = ok)));
    overlay = new Overlay(document, provider, actions(), { noHighlights: true, uiParts: load });
    overlay.start({ lang: 'zh', active: true, allowLocked: false, unallowable: [] });
    await checkedField(overlay, '你这个老赖');
    const root = () => document.querySelector('collectguard-ui')!.shadowRoot!;
    // (happy-dom has no layout, so no badge asks for them here; a stopped send does.)
    overlay.openGuard({ mode: 'confirm', lang: 'zh', items: [], fields: 1, requireReason: false, onBack: () => undefined, onSend: () => undefined, onJump: () => undefined });
    expect(load).toHaveBeenCalledTimes(1);
    expect(root().querySelector('[data-cg-send-guard]'), 'no dialog before its code is here').toBeNull();
    deliver(UI_PARTS);
    await vi.waitFor(() => expect(root().querySelector('[data-cg-send-guard]')).not.toBeNull());
    await vi.waitFor(() => expect(root().activeElement?.hasAttribute('data-cg-guard-back'), 'the dialog took the focus').toBe(true));
    overlay.closeGuard();
    overlay.openGuard({ mode: 'block', lang: 'zh', items: [], fields: 1, requireReason: false, onBack: () => undefined, onSend: () => undefined, onJump: () => undefined });
    expect(root().querySelector('[data-cg-send-guard]')?.getAttribute('data-mode')).toBe('block');
    expect(load).toHaveBeenCalledTimes(1);
  });
});
