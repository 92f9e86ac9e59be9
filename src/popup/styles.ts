// The popup's own layout (720 × 560: within the browsers' 800 × 600 popup limit), on top of the
// shared template styles.

import { LIST_CSS } from '../templates/ui/TemplateList';
import { FONT_STACK, TEMPLATE_UI_CSS, themeCss } from '../templates/ui/styles';

export const POPUP_CSS = `
${themeCss(':root')}
*, *::before, *::after { box-sizing: border-box; }
html, body { margin: 0; padding: 0; background: var(--cg-bg); color: var(--cg-fg); }
body { font-family: ${FONT_STACK}; font-size: 13px; line-height: 1.45; -webkit-font-smoothing: antialiased; }
button, input { font: inherit; color: inherit; }
:focus-visible { outline: 2px solid var(--cg-focus); outline-offset: 1px; }
.pp { width: 720px; height: 560px; display: flex; flex-direction: column; overflow: hidden; }
.pp-hd { display: flex; align-items: center; gap: 12px; padding: 8px 16px; border-bottom: 1px solid var(--cg-border); min-height: 44px; }
.pp-brand { display: inline-flex; align-items: center; gap: 6px; font-weight: 600; font-size: 14px; white-space: nowrap; }
.pp-logo { width: 18px; height: 18px; color: var(--cg-focus); }
.pp-target { flex: 1; min-width: 0; font-size: 12px; color: var(--cg-muted); overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.pp-scope { margin: 0; padding: 8px 16px; font-size: 12px; line-height: 1.45; background: var(--cg-warning-bg); color: var(--cg-fg); border-bottom: 1px solid var(--cg-border); }
.pp-target-none { color: var(--cg-warning); white-space: normal; line-height: 1.35; }
.pp-pause { display: inline-flex; align-items: center; gap: 6px; font-size: 12px; white-space: nowrap; cursor: pointer; color: var(--cg-fg); position: relative; }
.pp-pause input { position: absolute; opacity: 0; width: 28px; height: 16px; margin: 0; cursor: pointer; }
.pp-switch { width: 28px; height: 16px; border-radius: 8px; background: var(--cg-border); position: relative; transition: background .15s; flex: none; }
.pp-switch::after { content: ''; position: absolute; left: 2px; top: 2px; width: 12px; height: 12px; border-radius: 50%; background: #fff; transition: left .15s; box-shadow: 0 1px 2px rgba(0,0,0,.3); }
.pp-pause input:checked + .pp-switch { background: var(--cg-warning); }
.pp-pause input:checked + .pp-switch::after { left: 14px; }
.pp-pause input:focus-visible + .pp-switch { outline: 2px solid var(--cg-focus); outline-offset: 2px; }
.pp-locked { opacity: .6; cursor: default; }
.pp-paused { flex: none; padding: 6px 16px; font-size: 12px; font-weight: 600; background: var(--cg-soft); color: var(--cg-warning); border-bottom: 1px solid var(--cg-border); }
.pp-paused-hint { font-weight: 400; color: var(--cg-muted); margin-left: 8px; }
.pp-body { flex: 1; display: flex; min-height: 0; }
.pp-side { width: 248px; flex: none; border-right: 1px solid var(--cg-border); display: flex; flex-direction: column; min-height: 0; }
.pp-search { position: relative; padding: 8px; }
.pp-search-ico { position: absolute; left: 17px; top: 50%; width: 14px; height: 14px; transform: translateY(-50%); color: var(--cg-muted); pointer-events: none; }
.pp-search input { width: 100%; height: 32px; border: 1px solid var(--cg-border); border-radius: 6px; padding: 4px 8px 4px 28px; background: var(--cg-bg); outline: 0; font-size: 12px; }
.pp-search input:focus { border-color: var(--cg-focus); box-shadow: 0 0 0 1px var(--cg-focus); }
.pp-list { flex: 1; overflow-y: auto; padding: 0 8px 8px; }
.pp-manage { border: 0; border-top: 1px solid var(--cg-border); background: transparent; padding: 8px 16px; text-align: left; color: var(--cg-focus); cursor: pointer; font-size: 12px; }
.pp-manage:hover { background: var(--cg-soft); }
.pp-main { flex: 1; min-width: 0; display: flex; flex-direction: column; min-height: 0; }
.pp-form { flex: 1; display: flex; flex-direction: column; min-height: 0; }
.pp-title-row { display: flex; align-items: center; gap: 8px; padding: 12px 16px 4px; }
.pp-title { flex: 1; margin: 0; font-size: 15px; font-weight: 600; min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.pp-subtitle { font-weight: 400; color: var(--cg-muted); font-size: 13px; margin-left: 8px; }
.pp-aud { display: inline-flex; align-items: center; gap: 0; font-size: 12px; }
.pp-aud-label { color: var(--cg-muted); margin-right: 6px; }
.pp-aud button { border: 1px solid var(--cg-border); background: var(--cg-bg); padding: 2px 10px; cursor: pointer; font-size: 12px; line-height: 20px; }
.pp-aud button + button { border-left: 0; }
.pp-aud button:first-of-type { border-radius: 6px 0 0 6px; }
.pp-aud button:last-of-type { border-radius: 0 6px 6px 0; }
.pp-aud button[aria-pressed="true"] { background: var(--cg-focus); border-color: var(--cg-focus); color: var(--cg-on-focus); }
.pp-section { padding: 4px 16px 8px; }
.pp .cg-vars { grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 6px 10px; }
.pp .cg-var-input input { height: 28px; padding: 4px 8px; }
.pp-preview { flex: 1; overflow-y: auto; min-height: 0; }
.pp-h2 { font-size: 12px; font-weight: 600; color: var(--cg-muted); margin: 4px 0 6px; }
.pp-actions { display: flex; align-items: center; gap: 8px; padding: 8px 16px; border-top: 1px solid var(--cg-border); }
.pp-status { flex: 1; min-width: 0; font-size: 12px; line-height: 1.35; }
.pp-status-ok { color: var(--cg-ok); }
.pp-status-error { color: var(--cg-error); }
.pp-btn { border: 1px solid var(--cg-border); background: var(--cg-bg); border-radius: 6px; padding: 5px 16px; cursor: pointer; font-size: 13px; line-height: 20px; white-space: nowrap; }
.pp-btn:hover { background: var(--cg-soft); }
.pp-btn.pp-primary { background: var(--cg-focus); border-color: var(--cg-focus); color: var(--cg-on-focus); font-weight: 600; }
.pp-btn.pp-primary:hover { filter: brightness(1.08); }
.pp-btn:disabled { opacity: .6; cursor: default; }
.pp-empty { margin: auto; text-align: center; color: var(--cg-muted); }
.pp-hint { font-size: 12px; }
${TEMPLATE_UI_CSS}
${LIST_CSS}
`;
