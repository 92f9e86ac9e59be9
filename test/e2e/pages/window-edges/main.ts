// Four message boxes, one in each corner of the window (data-e2e="edge-tl", "edge-tr",
// "edge-bl", "edge-br"): the panel must open beside or below each, never over it, and stay inside
// the window.
import '../shared/console.css';
import { exposeFixture } from '../shared/fixture';

const root = document.getElementById('root')!;
root.innerHTML = `
  <style>
    html, body { height: 100%; overflow: hidden; }
    .edge { position: fixed; width: 340px; height: 130px; box-sizing: border-box; font: inherit; line-height: 1.6; padding: 6px 10px; border: 1px solid #d9d9d9; border-radius: 4px; background: #fff; resize: none; }
    .tl { left: 8px; top: 8px; } .tr { right: 8px; top: 8px; } .bl { left: 8px; bottom: 8px; } .br { right: 8px; bottom: 8px; }
  </style>
  <textarea class="edge tl" data-e2e="edge-tl" aria-label="左上短信"></textarea>
  <textarea class="edge tr" data-e2e="edge-tr" aria-label="右上短信"></textarea>
  <textarea class="edge bl" data-e2e="edge-bl" aria-label="左下短信"></textarea>
  <textarea class="edge br" data-e2e="edge-br" aria-label="右下短信"></textarea>`;
const state = new Map<string, string>();
for (const ta of root.querySelectorAll('textarea')) ta.addEventListener('input', () => state.set(ta.dataset.e2e!, ta.value));
exposeFixture({ kind: 'window-edges', value: (marker = 'edge-tl') => state.get(marker) ?? '' });
