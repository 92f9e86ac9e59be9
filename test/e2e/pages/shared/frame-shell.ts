// Outer page of the iframe fixtures: a console header and a host for the iframe.
import './console.css';

export function renderFrameHost(title: string): HTMLElement {
  const root = document.getElementById('root')!;
  root.innerHTML = `
    <div class="topbar"><span class="brand">短信发送控制台</span><span class="spacer"></span><span>外层页面</span></div>
    <div class="frame-host"><h1 style="font-size:18px"></h1></div>`;
  root.querySelector('h1')!.textContent = title;
  return root.querySelector<HTMLElement>('.frame-host')!;
}

/**
 * The second origin for the cross-origin iframe. The harness serves the pages on two ports and
 * passes the other one as `?xport=`; the host name also differs (127.0.0.1 vs localhost), so the
 * frame is cross-SITE too and Chromium puts it in its own process (an out-of-process iframe).
 */
export function otherOrigin(): string {
  const xport = new URLSearchParams(location.search).get('xport');
  if (!xport) throw new Error('iframe-cross-origin needs ?xport=<second port>');
  const host = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return `${location.protocol}//${host}:${xport}`;
}
