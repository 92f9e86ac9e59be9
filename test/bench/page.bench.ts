// In-page benchmarks in real Chromium with the built extension (run `npm run build` first; the
// e2e fixture pages are built by the e2e global setup, or `npx vite build -c test/e2e/pages/vite.config.ts`).
//
// 1. Keystroke → underline: a 1,000-character message, then 120 keystrokes that complete flagged
//    words; for each, the time from the input event to the next animation frame after the badge's
//    data-count changed (p50 / p95). Budget: p95 within one frame (16 ms).
// 2. A 100,000-character paste: the longest main-thread task after it, with and without the
//    extension (Chromium's own textarea insertion is a long task either way).
// 3. A page with 5,000 DOM nodes mutating continuously: main-thread script time per second with and
//    without the extension.
// 4. Memory: the JS heap (after a forced GC) of a bare page with one textarea, and of one with 8
//    same-origin frames of it, with and without the extension, before and after typing a flagged
//    message into every field. Budget: ≤ 3 MB added for one typed-in field, ≤ 12 MB for 8 frames.

import type { Page } from 'playwright-core';
import { chromium, playwrightPage } from '../e2e/driver/chromium';
import { consoleUrl, findEditor, focusField, setupE2E, sleep, startServers, typeSlowly, VIOLATING } from '../e2e/harness';

const q = (a: number[], p: number) => [...a].sort((x, y) => x - y)[Math.min(a.length - 1, Math.floor(p * a.length))] ?? NaN;

async function latency(kind: string): Promise<void> {
  const env = await setupE2E();
  try {
    const tab = await env.open(kind);
    const page = playwrightPage(tab);
    const ed = await findEditor(tab);
    await focusField(ed);
    const base = '【安信贷】您好，您的借款已逾期3天，请通过官方APP还款，客服4008001234。'.repeat(30).slice(0, 990);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.insertText', { text: base });
    await sleep(1500);
    await ed.frame.evaluate(() => {
      const w = window as unknown as { __lat: number[] };
      w.__lat = [];
      let pending: number | null = null;
      const root = document.querySelector('collectguard-ui')!.shadowRoot!;
      document.addEventListener('input', (e) => (pending = e.timeStamp), true);
      new MutationObserver(() => {
        if (pending === null) return;
        const t0 = pending;
        pending = null;
        requestAnimationFrame((tr) => w.__lat.push(tr - t0));
      }).observe(root, { subtree: true, attributes: true, attributeFilter: ['data-count'] });
    }, null);
    for (let i = 0; i < 40; i++) {
      for (const ch of ['老', '赖', '，']) {
        await page.keyboard.type(ch, { delay: 0 });
        await sleep(50);
      }
    }
    const lat = await ed.frame.evaluate(() => (window as unknown as { __lat: number[] }).__lat, null);
    console.log(
      `keystroke → underline painted (${kind}, ~1,000 chars): ${lat.length} samples, p50 ${q(lat, 0.5).toFixed(1)} ms, p95 ${q(lat, 0.95).toFixed(1)} ms (budget p95 ≤ 16 ms)`,
    );
  } finally {
    await env.close();
  }
}

async function longTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __long: number[] };
    w.__long = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => w.__long.push(e.duration))).observe({ type: 'longtask', buffered: false });
  });
}

async function paste(withExtension: boolean): Promise<void> {
  const servers = await startServers();
  const b = await chromium.launch({ withExtension });
  try {
    const tab = await b.openTab(consoleUrl(servers, 'react-textarea'));
    const page = playwrightPage(tab);
    await sleep(800);
    const ed = await findEditor(tab);
    await focusField(ed);
    await typeSlowly(ed, '你好', 20);
    await sleep(500);
    const lines: string[] = [];
    for (let i = 0; lines.join('\n').length < 100000; i++) lines.push(`第${i}条：${VIOLATING}。【安信贷】您好，请通过官方APP还款，客服400800${String(i % 10000).padStart(4, '0')}。`);
    const big = lines.join('\n').slice(0, 100000);
    await longTasks(page);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.insertText', { text: big });
    await sleep(3000);
    const tasks = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
    const sorted = [...tasks].sort((a, c) => c - a);
    console.log(
      `100,000-character paste ${withExtension ? 'with' : 'without'} the extension: long tasks ${tasks.length}; longest ${sorted.slice(0, 3).map((t) => `${t.toFixed(0)} ms`).join(', ') || 'none'}`,
    );
  } finally {
    await b.close();
    await servers.close();
  }
}

async function bigDom(withExtension: boolean): Promise<void> {
  const servers = await startServers();
  const b = await chromium.launch({ withExtension });
  try {
    const tab = await b.openTab(consoleUrl(servers, 'big-dom'));
    const page = playwrightPage(tab);
    await sleep(1000);
    const ed = await findEditor(tab);
    await focusField(ed);
    await typeSlowly(ed, VIOLATING, 5);
    await sleep(1000);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    const m0 = await metrics();
    await sleep(5000);
    const m1 = await metrics();
    const per = (k: string) => (((m1[k]! - m0[k]!) / 5) * 1000).toFixed(1);
    console.log(`5,000 mutating nodes ${withExtension ? 'with' : 'without'} the extension, per second: script ${per('ScriptDuration')} ms, layout ${per('LayoutDuration')} ms, style ${per('RecalcStyleDuration')} ms`);
  } finally {
    await b.close();
    await servers.close();
  }
}

/** MB of JS heap in the page's renderer (its frames share it) after a forced GC. */
async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await sleep(300);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 2 ** 20;
}

async function heap(frames: number): Promise<void> {
  const servers = await startServers();
  const at: Record<string, [number, number]> = {};
  try {
    for (const withExtension of [false, true]) {
      const b = await chromium.launch({ withExtension });
      try {
        const tab = await b.openTab(consoleUrl(servers, 'heap-frames', { query: frames ? { frames: String(frames) } : {} }));
        const page = playwrightPage(tab);
        await sleep(2000);
        const idle = await heapMB(page);
        const fields = page.frames().filter((f) => (frames ? f !== page.mainFrame() : true));
        const cdp = await page.context().newCDPSession(page);
        for (const f of fields) {
          await f.focus('textarea');
          await cdp.send('Input.insertText', { text: VIOLATING });
          await sleep(800);
        }
        await sleep(1500);
        at[withExtension ? 'with' : 'without'] = [idle, await heapMB(page)];
      } finally {
        await b.close();
      }
    }
  } finally {
    await servers.close();
  }
  const [idle0, typed0] = at.without!;
  const [idle1, typed1] = at.with!;
  const what = frames ? `${frames} same-origin frames, each typed in` : 'one textarea, typed in';
  console.log(`JS heap, ${what}: added by the extension ${(typed1 - typed0).toFixed(1)} MB (before typing ${(idle1 - idle0).toFixed(1)} MB; page alone ${typed0.toFixed(1)} MB)`);
}

/** `npm run bench:page -- heap` runs only the steps whose name starts with the argument. */
const steps: [string, () => Promise<void>][] = [
  ['latency react-textarea', () => latency('react-textarea')],
  ['latency quill', () => latency('quill')],
  ['paste without', () => paste(false)],
  ['paste with', () => paste(true)],
  ['big-dom without', () => bigDom(false)],
  ['big-dom with', () => bigDom(true)],
  ['heap one field', () => heap(0)],
  ['heap 8 frames', () => heap(8)],
];

async function main() {
  const only = process.argv[2];
  for (const [name, step] of steps) if (!only || name.startsWith(only)) await step();
}

void main();
