// Styles of the options page: compact, system font stack with CJK fallbacks, 8 px grid, light
// and dark following prefers-color-scheme, visible focus rings (UX.md).

import { FONT_STACK, SEVERITY_COLORS as COLORS } from '../ui/theme';

export const OPTIONS_CSS = `
:root {
  color-scheme: light dark;
  --bg: #f6f7f9; --card: #ffffff; --text: #1f2328; --muted: #5f6670; --line: #dde1e6; --soft: #f0f2f5;
  --accent: #1a73e8; --accent-text: #ffffff; --focus: #1a73e8;
  --error: ${COLORS.error}; --warning: ${COLORS.warning}; --info: ${COLORS.info}; --ok: #188038;
  --org: #6b4fbb; --org-bg: #f1edfb; --error-bg: #fdecea; --warn-bg: #fef4e5;
  --shadow: 0 1px 2px rgba(16, 24, 40, .06), 0 1px 3px rgba(16, 24, 40, .08);
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #16181c; --card: #1f2227; --text: #e6e8eb; --muted: #9aa2ad; --line: #343942; --soft: #2a2e35;
    --accent: #8ab4f8; --accent-text: #10141a; --focus: #8ab4f8;
    --error: #f28b82; --warning: #fbbc04; --info: #8ab4f8; --ok: #81c995;
    --org: #c5b3f5; --org-bg: #2d2640; --error-bg: #3a2222; --warn-bg: #3a3020;
    --shadow: 0 1px 3px rgba(0, 0, 0, .5);
  }
}
* { box-sizing: border-box; }
html, body { margin: 0; background: var(--bg); color: var(--text); }
body { font: 14px/1.5 ${FONT_STACK}; }
.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.icon { width: 14px; height: 14px; vertical-align: -2px; flex: none; }
a { color: var(--accent); }
:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; border-radius: 4px; }

.app { max-width: 1080px; margin: 0 auto; padding: 0 24px 64px; }
header.top { position: sticky; top: 0; z-index: 2; display: flex; align-items: center; gap: 16px; margin: 0 -24px; padding: 16px 24px; background: var(--bg); border-bottom: 1px solid var(--line); }
header.top h1 { margin: 0; font-size: 18px; font-weight: 600; }
header.top .sub { color: var(--muted); font-size: 13px; }
.status { margin-left: auto; font-size: 13px; min-height: 20px; color: var(--muted); }
.status.saved { color: var(--ok); }
.status.error { color: var(--error); }
.layout { display: grid; grid-template-columns: 176px minmax(0, 1fr); gap: 24px; margin-top: 24px; }
nav.side { position: sticky; top: 80px; align-self: start; }
nav.side ul { list-style: none; margin: 0; padding: 0; }
nav.side a { display: flex; align-items: center; gap: 8px; padding: 6px 8px; border-radius: 6px; color: var(--text); text-decoration: none; font-size: 13px; }
nav.side a:hover { background: var(--soft); }
nav.side .icon { color: var(--org); }
main { min-width: 0; display: flex; flex-direction: column; gap: 16px; }
@media (max-width: 760px) { .layout { grid-template-columns: 1fr; } nav.side { display: none; } }

.banner { padding: 12px 16px; border-radius: 8px; border: 1px solid var(--line); background: var(--card); font-size: 13px; }
.banner p { margin: 0 0 4px; }
.banner ul { margin: 4px 0 0; padding-left: 20px; }
.banner.org { border-color: transparent; background: var(--org-bg); color: var(--text); }
.banner.org strong { color: var(--org); }
.banner.problem { border-color: transparent; background: var(--warn-bg); }

.card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; box-shadow: var(--shadow); padding: 16px 24px 24px; scroll-margin-top: 80px; }
.card h2 { display: flex; align-items: center; gap: 8px; margin: 0 0 8px; font-size: 16px; font-weight: 600; }
.card h3 { margin: 24px 0 8px; font-size: 14px; font-weight: 600; }
.card .intro { margin: 0 0 16px; color: var(--muted); font-size: 13px; }
.card[data-locked="true"] { background: linear-gradient(var(--card), var(--card)) padding-box; }
fieldset.plain { border: 0; margin: 0; padding: 0; min-width: 0; }
fieldset.plain[disabled] { opacity: .72; }
.note { display: flex; align-items: center; gap: 8px; margin: 0 0 16px; padding: 8px 12px; border-radius: 6px; font-size: 13px; }
.note.lock, .note.org { background: var(--org-bg); color: var(--org); }

.tag { display: inline-flex; align-items: center; gap: 4px; padding: 0 8px; border-radius: 999px; font-size: 12px; font-weight: 500; line-height: 20px; white-space: nowrap; }
.tag.org { background: var(--org-bg); color: var(--org); }
.hint { display: block; color: var(--muted); font-size: 12px; font-weight: 400; }
.hint.warn { color: var(--warning); }
.empty { color: var(--muted); font-size: 13px; margin: 8px 0; }
.error-text { margin: 4px 0 0; color: var(--error); font-size: 13px; }
.error-text::before { content: "⚠ "; }
code { font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; background: var(--soft); padding: 1px 4px; border-radius: 4px; }

input[type="text"], input[type="search"], input[type="time"], select {
  font: inherit; color: var(--text); background: var(--card); border: 1px solid var(--line); border-radius: 6px; padding: 4px 8px; min-height: 32px;
}
input[aria-invalid="true"] { border-color: var(--error); }
input:disabled, select:disabled { background: var(--soft); color: var(--muted); }
button, .file .button {
  font: inherit; font-size: 13px; color: var(--text); background: var(--card); border: 1px solid var(--line); border-radius: 6px; padding: 4px 12px; min-height: 32px; cursor: pointer;
}
button:hover:not(:disabled), .file .button:hover { background: var(--soft); }
button.primary { background: var(--accent); border-color: var(--accent); color: var(--accent-text); font-weight: 500; }
button.primary:hover:not(:disabled) { filter: brightness(1.08); background: var(--accent); }
button:disabled { opacity: .5; cursor: not-allowed; }
button.link { border: 0; background: none; padding: 0 4px; min-height: 0; color: var(--accent); }
button.link.danger { color: var(--error); }
.file { display: inline-block; position: relative; margin-top: 8px; }
.file .button { display: inline-flex; align-items: center; }
.file input { position: absolute; inset: 0; opacity: 0; cursor: pointer; width: 100%; }
.file:focus-within .button { outline: 2px solid var(--focus); outline-offset: 2px; }

.toolbar { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
.grow { flex: 1 1 240px; min-width: 0; }
.actions { display: flex; gap: 8px; align-items: center; margin-top: 8px; }
td.actions { margin: 0; white-space: nowrap; justify-content: flex-end; }
.rows { list-style: none; margin: 0; padding: 0; }
.row { display: flex; align-items: center; gap: 8px; flex-wrap: wrap; padding: 8px 0; border-bottom: 1px solid var(--line); }
.row:last-child { border-bottom: 0; }
.row .host { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 13px; flex: 1; }
.inline { display: inline-flex; align-items: center; gap: 8px; font-size: 13px; }
.field { display: flex; flex-direction: column; gap: 4px; font-size: 13px; }
.field > span { color: var(--muted); }
.form-grid { display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); gap: 8px 16px; align-items: end; }
.form-grid .wide { grid-column: span 2; }
.phrase-opts { margin-top: 8px; }
.opt { color: var(--muted); font-size: 12px; }
@media (max-width: 900px) { .form-grid { grid-template-columns: 1fr 1fr; } }
.radios { display: flex; flex-direction: column; gap: 8px; }
.radio { display: flex; gap: 8px; align-items: flex-start; font-size: 14px; cursor: pointer; }
.radio input { margin-top: 4px; }
.field-errors:empty { display: none; }

.switch { display: inline-flex; align-items: flex-start; gap: 8px; cursor: pointer; font-size: 14px; min-width: 0; }
.switch input { position: absolute; opacity: 0; width: 1px; height: 1px; }
.switch .track { flex: none; position: relative; width: 32px; height: 18px; margin-top: 2px; border-radius: 999px; background: var(--line); transition: background .15s; }
.switch .thumb { position: absolute; top: 2px; left: 2px; width: 14px; height: 14px; border-radius: 50%; background: #fff; box-shadow: 0 1px 2px rgba(0,0,0,.3); transition: transform .15s; }
.switch input:checked + .track { background: var(--accent); }
.switch input:checked + .track .thumb { transform: translateX(14px); }
.switch input:focus-visible + .track { outline: 2px solid var(--focus); outline-offset: 2px; }
.switch.disabled, .switch input:disabled ~ .switch-label { cursor: not-allowed; }
.switch input:disabled + .track { opacity: .5; }
.switch-label { min-width: 0; }

table.grid { width: 100%; border-collapse: collapse; font-size: 13px; margin-top: 16px; }
table.grid th { text-align: left; font-weight: 500; color: var(--muted); padding: 4px 8px; border-bottom: 1px solid var(--line); }
table.grid td { padding: 8px; border-bottom: 1px solid var(--line); vertical-align: middle; }
table.grid tr:last-child td { border-bottom: 0; }
table.grid td.num { color: var(--muted); width: 64px; }
table.grid td.msg { color: var(--muted); max-width: 280px; }
ul.cat-grid { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 0 24px; }
li.cat { display: flex; align-items: center; gap: 8px; padding: 6px 0; border-bottom: 1px solid var(--line); }
li.cat .switch { flex: 1; }
li.cat .switch-label { display: flex; align-items: baseline; gap: 8px; }
li.cat select { min-height: 28px; font-size: 13px; }
@media (max-width: 900px) { ul.cat-grid { grid-template-columns: 1fr; } }

.sev { display: inline-flex; align-items: center; gap: 4px; font-size: 12px; font-weight: 500; white-space: nowrap; }
.sev-error { color: var(--error); }
.sev-warning { color: var(--warning); }
.sev-info { color: var(--info); }

ul.rules { list-style: none; margin: 8px 0 0; padding: 0; border: 1px solid var(--line); border-radius: 8px; max-height: 640px; overflow: auto; }
li.rule { padding: 8px 12px; border-bottom: 1px solid var(--line); }
li.rule:last-child { border-bottom: 0; }
li.rule.off .switch-label { color: var(--muted); text-decoration: line-through; text-decoration-color: var(--line); }
.rule-head { display: flex; align-items: center; gap: 8px; }
.rule-head .switch { flex: 1; }
.rule-meta { margin: 2px 0 0 40px; color: var(--muted); font-size: 12px; }
.rule-details { margin: 8px 0 0 40px; padding: 8px 12px; background: var(--soft); border-radius: 6px; font-size: 13px; }
.rule-details p { margin: 0 0 8px; }
.examples ul { margin: 4px 0 8px; padding-left: 0; list-style: none; }
.examples li { padding: 2px 0; }
.examples li.bad span { color: var(--error); font-weight: 600; }
.examples li.good span { color: var(--ok); font-weight: 600; }

.chips { list-style: none; display: flex; flex-wrap: wrap; gap: 8px; margin: 8px 0 0; padding: 0; }
.chip { display: inline-flex; align-items: center; gap: 4px; padding: 2px 4px 2px 12px; border-radius: 999px; background: var(--soft); font-size: 13px; }
.chip.org { padding-right: 4px; }
.chip-x { border: 0; background: none; min-height: 0; padding: 0 6px; font-size: 16px; line-height: 20px; color: var(--muted); border-radius: 999px; }
.time-row { display: flex; align-items: center; gap: 16px; padding: 8px 0; flex-wrap: wrap; }
.time-row .sev { width: 120px; }
.result { margin-top: 16px; padding: 12px 16px; border-radius: 8px; font-size: 13px; }
.result.ok { background: var(--soft); }
.result.bad { background: var(--error-bg); }
.result p { margin: 0 0 4px; }
.result ul { margin: 4px 0; padding-left: 20px; }
.phrase { font-weight: 500; }
`;
