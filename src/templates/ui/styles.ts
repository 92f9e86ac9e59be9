// Styles of the template pieces shared by the popup, the in-page quick insert (inside our shadow
// root) and the template manager. Colours come from custom properties each surface defines
// (light and dark), so the pieces fit in wherever they are mounted.

export { FONT_STACK } from '../../ui/theme';

/** Custom properties: light by default, dark with prefers-color-scheme. `sel` is the scope. */
export function themeCss(sel: string): string {
  return `
${sel} {
  --cg-bg: #ffffff; --cg-fg: #202124; --cg-muted: #5f6368; --cg-border: #dadce0; --cg-soft: #f1f3f4; --cg-hover: #e8f0fe;
  --cg-error: #d93025; --cg-warning: #b45309; --cg-info: #1a73e8; --cg-ok: #188038; --cg-focus: #1a73e8; --cg-on-focus: #ffffff;
  --cg-val: rgba(26, 115, 232, 0.10); --cg-ph: #80868b; --cg-error-bg: #fce8e6; --cg-warning-bg: #fef7e0; --cg-ok-bg: #e6f4ea;
  --cg-shadow: 0 4px 16px rgba(0,0,0,.16), 0 1px 3px rgba(0,0,0,.12);
}
@media (prefers-color-scheme: dark) {
  ${sel} {
    --cg-bg: #202124; --cg-fg: #e8eaed; --cg-muted: #9aa0a6; --cg-border: #5f6368; --cg-soft: #2d2e31; --cg-hover: #394457;
    --cg-error: #f28b82; --cg-warning: #fdd663; --cg-info: #8ab4f8; --cg-ok: #81c995; --cg-focus: #8ab4f8; --cg-on-focus: #202124;
    --cg-val: rgba(138, 180, 248, 0.16); --cg-ph: #9aa0a6; --cg-error-bg: #3c2322; --cg-warning-bg: #3b3220; --cg-ok-bg: #1e3326;
    --cg-shadow: 0 4px 16px rgba(0,0,0,.5);
    /* Native scrollbars and form controls dark too (Firefox on Linux draws light ones otherwise). */
    color-scheme: dark; scrollbar-color: #5f6368 transparent;
  }
}`;
}

export const TEMPLATE_UI_CSS = `
.cg-ico { width: 14px; height: 14px; flex: none; vertical-align: -2px; }
.cg-muted { color: var(--cg-muted); }

/* Fill-in fields */
.cg-vars { display: grid; grid-template-columns: 1fr 1fr; gap: 8px 12px; }
.cg-vars.cg-compact { gap: 6px 8px; }
.cg-var { display: flex; flex-direction: column; gap: 2px; min-width: 0; }
.cg-var-label { font-size: 12px; color: var(--cg-muted); display: flex; gap: 6px; align-items: baseline; }
.cg-opt { font-size: 11px; color: var(--cg-muted); border: 1px solid var(--cg-border); border-radius: 4px; padding: 0 4px; line-height: 15px; }
.cg-var-input { display: flex; align-items: center; border: 1px solid var(--cg-border); border-radius: 6px; background: var(--cg-bg); }
.cg-var-input:focus-within { border-color: var(--cg-focus); box-shadow: 0 0 0 1px var(--cg-focus); }
.cg-var-input input { flex: 1; min-width: 0; border: 0; outline: 0; background: transparent; color: var(--cg-fg); font: inherit; font-size: 13px; padding: 5px 8px; height: 30px; }
.cg-compact .cg-var-input input { height: 26px; padding: 3px 6px; }
.cg-var-input input::placeholder { color: var(--cg-ph); opacity: 0.8; }
.cg-var-input input[type=number] { -moz-appearance: textfield; }
.cg-var-input input::-webkit-outer-spin-button, .cg-var-input input::-webkit-inner-spin-button { -webkit-appearance: none; margin: 0; }
.cg-unit { color: var(--cg-muted); font-size: 12px; padding: 0 8px 0 2px; white-space: nowrap; }
.cg-var-error .cg-var-input { border-color: var(--cg-error); }
.cg-var-warning .cg-var-input { border-color: var(--cg-warning); }
.cg-var-msg { font-size: 11px; line-height: 15px; }
.cg-var-error .cg-var-msg { color: var(--cg-error); }
.cg-var-warning .cg-var-msg { color: var(--cg-warning); }

/* Preview */
.cg-preview { display: flex; flex-direction: column; gap: 6px; }
.cg-preview-text { white-space: pre-wrap; word-break: break-word; line-height: 1.7; font-size: 13px; padding: 8px 10px; border-radius: 6px; background: var(--cg-soft); border: 1px solid var(--cg-border); user-select: text; }
.cg-compact .cg-preview-text { font-size: 12px; line-height: 1.6; padding: 6px 8px; max-height: 96px; overflow: auto; }
.cg-val { background: var(--cg-val); border-radius: 3px; }
.cg-ph { color: var(--cg-ph); }
.cg-u { text-decoration-line: underline; text-decoration-skip-ink: none; text-underline-offset: 3px; }
.cg-u-error { text-decoration-style: wavy; text-decoration-color: var(--cg-error); text-decoration-thickness: 1.5px; background: rgba(217, 48, 37, 0.08); }
.cg-u-warning { text-decoration-style: wavy; text-decoration-color: #d97706; text-decoration-thickness: 1.5px; background: rgba(217, 119, 6, 0.08); }
.cg-u-info { text-decoration-style: dotted; text-decoration-color: var(--cg-info); text-decoration-thickness: 2px; }
.cg-preview-meta { display: flex; align-items: center; gap: 8px; font-size: 12px; color: var(--cg-muted); }
.cg-count { flex: 1; font-variant-numeric: tabular-nums; }
.cg-mark { display: inline-flex; align-items: center; gap: 3px; font-weight: 600; border-radius: 10px; padding: 1px 8px 1px 6px; font-size: 12px; }
.cg-mark-ok { color: var(--cg-ok); background: var(--cg-ok-bg); }
.cg-mark-error { color: var(--cg-error); background: var(--cg-error-bg); }
.cg-mark-warning { color: var(--cg-warning); background: var(--cg-warning-bg); }
.cg-legend { font-size: 11px; color: var(--cg-muted); }
.cg-findings { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 4px; }
.cg-finding { font-size: 12px; line-height: 1.5; padding: 4px 8px; border-left: 3px solid var(--cg-border); background: var(--cg-bg); }
.cg-finding.cg-sev-error { border-left-color: var(--cg-error); }
.cg-finding.cg-sev-warning { border-left-color: #d97706; }
.cg-finding.cg-sev-info { border-left-color: var(--cg-info); color: var(--cg-muted); }
.cg-finding-hd { font-weight: 600; margin-right: 6px; }
.cg-sev-error .cg-sev-label { color: var(--cg-error); }
.cg-sev-warning .cg-sev-label { color: var(--cg-warning); }
.cg-sev-info .cg-sev-label { color: var(--cg-info); }
.cg-cat { margin-left: 4px; color: var(--cg-muted); font-weight: 400; }
.cg-finding-sugg { display: block; color: var(--cg-muted); }
.cg-finding-sugg b { color: var(--cg-ok); font-weight: 600; }
`;
