// Two frames whose documents the parent builds itself, as legacy consoles and some rich-text
// widgets do:
//  - a `srcdoc` iframe (about:srcdoc) into which the parent inserts the message <textarea>
//    (data-e2e="message");
//  - an about:blank iframe (no src) whose whole body the parent builds with DOM calls
//    (data-e2e="message").
// The parent keeps the state from the textarea's `input` events and sets `__fixture` on each
// frame's window, so the harness reads it inside the frame like on any other page.
import '../shared/console.css';
import { exposeFixture } from '../shared/fixture';
import { renderFrameHost } from '../shared/frame-shell';

const host = renderFrameHost('父页面写入的 iframe（srcdoc 与 about:blank）');
const FRAME_CSS = `body{margin:0;padding:12px;font-family:'WenQuanYi Micro Hei',sans-serif;font-size:14px}
label{display:block;margin-bottom:6px;color:#555}
textarea{width:100%;box-sizing:border-box;height:110px;font:inherit;padding:6px 10px;border:1px solid #d9d9d9;border-radius:4px;line-height:1.6}`;

function fillFrame(frame: HTMLIFrameElement, label: string): void {
  const doc = frame.contentDocument!;
  const win = frame.contentWindow!;
  if (!doc.head.querySelector('style')) {
    const style = doc.createElement('style');
    style.textContent = FRAME_CSS;
    doc.head.append(style);
  }
  const lab = doc.createElement('label');
  lab.textContent = label;
  const ta = doc.createElement('textarea');
  ta.placeholder = '请输入短信内容';
  ta.dataset.e2e = 'message';
  let state = '';
  ta.addEventListener('input', () => {
    state = ta.value;
  });
  doc.body.append(lab, ta);
  exposeFixture({ kind: `iframe-srcdoc:${frame.name}`, value: () => state }, win);
}

const srcdoc = document.createElement('iframe');
srcdoc.name = 'srcdoc';
srcdoc.title = 'srcdoc';
srcdoc.style.height = '190px';
srcdoc.srcdoc = '<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>';
srcdoc.addEventListener('load', () => fillFrame(srcdoc, '短信内容（srcdoc 框架）'), { once: true });

const blank = document.createElement('iframe');
blank.name = 'blank';
blank.title = 'about:blank';
blank.style.height = '190px';
host.append(srcdoc, blank);
// An iframe without src holds its initial about:blank document synchronously after insertion.
fillFrame(blank, '短信内容（about:blank 框架）');
// Firefox ESR 140 then replaces that document with a loaded about:blank (as pages built this way
// find out): build it again there.
blank.addEventListener('load', () => {
  if (!blank.contentDocument?.querySelector('[data-e2e="message"]')) fillFrame(blank, '短信内容（about:blank 框架）');
});
