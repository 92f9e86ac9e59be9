// One message <textarea> next to a 5,000-node table that mutates continuously (text changes,
// class toggles, rows added and removed every animation frame), as busy dashboards do. For the
// content script's cost on such a page (a later perf measurement).
// Query: ?rate=N mutations per frame (default 40), ?mutate=0 to start paused.
// `window.__bigdom` = { nodes(), mutations, running, start(), stop() }.
import '../shared/console.css';
import { exposeFixture } from '../shared/fixture';
import { renderShell } from '../shared/shell';

declare global {
  interface Window {
    __bigdom?: { nodes(): number; mutations: number; running: boolean; start(): void; stop(): void };
  }
}

const params = new URLSearchParams(location.search);
const rate = Number(params.get('rate') ?? 40);
const slot = renderShell('发送短信（大型动态页面）');
const ta = document.createElement('textarea');
ta.placeholder = '请输入短信内容';
ta.dataset.e2e = 'message';
let state = '';
ta.addEventListener('input', () => {
  state = ta.value;
});
slot.append(ta);
exposeFixture({ kind: 'big-dom', value: () => state });

// 5,000 nodes: a table of 400 rows × (tr + 5 td + 5 text nodes + 1 span) ≈ 12 nodes per row.
const board = document.createElement('div');
board.style.cssText = 'width:900px;margin:0 auto 40px;font-size:12px;height:400px;overflow:auto;background:#fff';
const table = document.createElement('table');
table.style.cssText = 'width:100%;border-collapse:collapse';
const tbody = document.createElement('tbody');
table.append(tbody);
board.append(table);
document.getElementById('root')!.append(board);

function makeRow(i: number): HTMLTableRowElement {
  const tr = document.createElement('tr');
  for (let c = 0; c < 5; c++) {
    const td = document.createElement('td');
    td.textContent = c === 0 ? `案件 ${i}` : String((i * 7919 + c * 104729) % 10000);
    tr.append(td);
  }
  const tag = document.createElement('span');
  tag.textContent = '●';
  tr.lastElementChild!.append(tag);
  return tr;
}
let serial = 0;
for (; serial < 400; serial++) tbody.append(makeRow(serial));

function countNodes(): number {
  let n = 0;
  const walker = document.createTreeWalker(document.body);
  while (walker.nextNode()) n++;
  return n;
}

const api = {
  nodes: countNodes,
  mutations: 0,
  running: false,
  start() {
    if (api.running) return;
    api.running = true;
    const tick = () => {
      if (!api.running) return;
      const rows = tbody.rows;
      for (let k = 0; k < rate; k++) {
        const r = rows[(Math.random() * rows.length) | 0]!;
        const cell = r.cells[1 + ((Math.random() * 4) | 0)]!;
        cell.firstChild!.textContent = String((Math.random() * 10000) | 0);
        r.classList.toggle('hot');
        api.mutations += 2;
      }
      // Keep the size constant: one row out, one row in.
      tbody.firstElementChild!.remove();
      tbody.append(makeRow(serial++));
      api.mutations += 2;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  },
  stop() {
    api.running = false;
  },
};
window.__bigdom = api;
if (params.get('mutate') !== '0') api.start();
