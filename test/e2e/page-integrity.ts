// Page integrity: the extension must not touch the page's own DOM, attributes or layout. These
// record what a page did while the agent typed, to compare a browser with the extension against
// one without it.
import type { Frame } from './driver';

/**
 * Start recording DOM mutations of the page's own nodes in `frame` (document and open shadow
 * roots of page components). Ignored: the extension's `<collectguard-ui>` hosts being inserted or
 * removed, and anything inside them. Read with `pageMutations(frame)`.
 */
export async function recordPageMutations(frame: Frame): Promise<void> {
  await frame.evaluate(() => {
    type Rec = { type: string; target: string; detail: string };
    const w = window as unknown as { __cgMutations: Rec[]; __cgObserver?: MutationObserver };
    w.__cgObserver?.disconnect();
    w.__cgMutations = [];
    const isUi = (n: Node | null): boolean => {
      for (let x: Node | null = n; x; x = x.parentNode ?? (x instanceof ShadowRoot ? x.host : null)) {
        if (x instanceof Element && x.localName === 'collectguard-ui') return true;
      }
      return false;
    };
    const name = (n: Node) =>
      n instanceof Element ? `<${n.localName}${n.id ? `#${n.id}` : ''}${n.getAttribute('data-e2e') ? `[data-e2e=${n.getAttribute('data-e2e')}]` : ''}>` : n.nodeName;
    const obs = new MutationObserver((list) => {
      for (const m of list) {
        if (isUi(m.target)) continue;
        if (m.type === 'childList') {
          const nodes = [...Array.from(m.addedNodes), ...Array.from(m.removedNodes)].filter((n) => !(n instanceof Element && n.localName === 'collectguard-ui'));
          if (!nodes.length) continue;
          w.__cgMutations.push({
            type: 'childList',
            target: name(m.target),
            detail: `+[${Array.from(m.addedNodes).map(name).join(',')}] -[${Array.from(m.removedNodes).map(name).join(',')}]`,
          });
        } else if (m.type === 'attributes') {
          w.__cgMutations.push({ type: 'attributes', target: name(m.target), detail: `${m.attributeName}: ${m.oldValue} → ${(m.target as Element).getAttribute(m.attributeName!)}` });
        } else {
          w.__cgMutations.push({ type: 'characterData', target: name(m.target.parentNode ?? m.target), detail: String(m.target.nodeValue).slice(0, 60) });
        }
      }
    });
    const opts = { subtree: true, childList: true, attributes: true, attributeOldValue: true, characterData: true };
    obs.observe(document, opts);
    const walk = (root: Document | ShadowRoot) => {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        if (el.shadowRoot && el.localName !== 'collectguard-ui') {
          obs.observe(el.shadowRoot, opts);
          walk(el.shadowRoot);
        }
      }
    };
    walk(document);
    w.__cgObserver = obs;
  }, null);
}

export function pageMutations(frame: Frame): Promise<{ type: string; target: string; detail: string }[]> {
  return frame.evaluate(() => (window as unknown as { __cgMutations?: { type: string; target: string; detail: string }[] }).__cgMutations ?? [], null);
}

/**
 * Every page element (outside `<collectguard-ui>`) with its box and attributes, for
 * before/after comparison. Open shadow roots of page components are included.
 */
export function pageSnapshot(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => {
    const out: string[] = [];
    const walk = (root: Document | ShadowRoot, path: string) => {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        if (el.localName === 'collectguard-ui' || el.closest('collectguard-ui')) continue;
        const r = el.getBoundingClientRect();
        const attrs = Array.from(el.attributes)
          .map((a) => `${a.name}=${a.value}`)
          .join(' ');
        out.push(`${path}<${el.localName}> ${r.x.toFixed(1)},${r.y.toFixed(1)} ${r.width.toFixed(1)}x${r.height.toFixed(1)} ${attrs}`);
        if (el.shadowRoot) walk(el.shadowRoot, `${path}${el.localName}::shadow `);
      }
    };
    walk(document, '');
    out.push(`scroll ${document.documentElement.scrollWidth}x${document.documentElement.scrollHeight}`);
    return out;
  }, null);
}
