// Styles of the in-page UI. They live inside our shadow root (adopted as a constructed sheet,
// which page CSP does not block), so page CSS cannot reach them; the host element itself gets an
// inline !important style so hostile page CSS cannot hide, move or disable it.

import { FONT_STACK, SEVERITY_COLORS as COLORS } from '../../ui/theme';

/** Inline style of the <collectguard-ui> host: every property page CSS could use against us. */
export const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  position: 'fixed',
  inset: '0 auto auto 0',
  top: '0',
  left: '0',
  right: 'auto',
  bottom: 'auto',
  width: '0',
  height: '0',
  'min-width': '0',
  'min-height': '0',
  'max-width': 'none',
  'max-height': 'none',
  margin: '0',
  padding: '0',
  border: '0',
  overflow: 'visible',
  'z-index': '2147483647',
  display: 'block',
  transform: 'none',
  translate: 'none',
  scale: 'none',
  rotate: 'none',
  filter: 'none',
  'backdrop-filter': 'none',
  opacity: '1',
  visibility: 'visible',
  'pointer-events': 'none',
  contain: 'none',
  'clip-path': 'none',
  mask: 'none',
  zoom: '1',
  'mix-blend-mode': 'normal',
  isolation: 'isolate',
  'content-visibility': 'visible',
  float: 'none',
};

/** `::highlight()` rules for contenteditable editors; adopted into the page document (and shadow roots). */
export const HIGHLIGHT_CSS = `
::highlight(cg-error) { text-decoration: underline wavy ${COLORS.error} 1.5px; text-decoration-skip-ink: none; text-underline-offset: 3px; background-color: rgba(217, 48, 37, 0.10); }
::highlight(cg-warning) { text-decoration: underline wavy ${COLORS.warning} 1.5px; text-decoration-skip-ink: none; text-underline-offset: 3px; background-color: rgba(217, 119, 6, 0.10); }
::highlight(cg-info) { text-decoration: underline dotted ${COLORS.info} 2px; text-decoration-skip-ink: none; text-underline-offset: 3px; }
::highlight(cg-active) { background-color: rgba(26, 115, 232, 0.18); }
`;

// Important declarations of the shadow tree's :host rule win over the page's important rules (the
// cascade gives the inner context precedence for !important), so it repeats the host style.
const HOST_RULE = `:host { ${Object.entries(HOST_STYLE)
  .map(([k, v]) => `${k}: ${v} !important;`)
  .join(' ')} }`;

export const UI_CSS = `
${HOST_RULE}
:host::before, :host::after, :host::marker { content: none !important; display: none !important; }
.root, .root * { box-sizing: border-box; }
.root {
  position: absolute; left: 0; top: 0; width: 0; height: 0; overflow: visible;
  font-family: ${FONT_STACK}; font-size: 13px; line-height: 1.45; font-weight: 400; font-style: normal;
  color: #202124; letter-spacing: normal; word-spacing: normal; text-align: left; text-transform: none;
  text-indent: 0; text-shadow: none; direction: ltr; white-space: normal; writing-mode: horizontal-tb;
  -webkit-font-smoothing: antialiased; cursor: default;
  --cg-bg: #ffffff; --cg-fg: #202124; --cg-muted: #5f6368; --cg-border: #dadce0; --cg-soft: #f1f3f4;
  --cg-error: ${COLORS.error}; --cg-warning: ${COLORS.warning}; --cg-info: ${COLORS.info}; --cg-ok: #188038;
  --cg-focus: #1a73e8; --cg-shadow: 0 4px 16px rgba(0,0,0,.16), 0 1px 3px rgba(0,0,0,.12);
}
@media (prefers-color-scheme: dark) {
  .root { --cg-bg: #2d2e31; --cg-fg: #e8eaed; --cg-muted: #bdc1c6; --cg-border: #5f6368; --cg-soft: #3c4043;
    --cg-error: #f28b82; --cg-warning: #fbbc04; --cg-info: #8ab4f8; --cg-ok: #81c995; --cg-focus: #8ab4f8;
    --cg-shadow: 0 4px 16px rgba(0,0,0,.5); color: #e8eaed; color-scheme: dark; scrollbar-color: #5f6368 transparent; }
}
.mirrors { position: absolute; left: 0; top: 0; width: 0; height: 0; overflow: hidden; visibility: hidden; pointer-events: none; contain: strict; }
.mirror { position: absolute; left: 0; top: 0; visibility: hidden; pointer-events: none; overflow: hidden; contain: layout style; border-style: solid; border-color: transparent; margin: 0; height: auto; min-height: 0; max-height: none; }

/* Underlines: a faint tint over the span and a wave (or dots) under it; never on top of the glyphs. */
.overlay { position: absolute; overflow: hidden; pointer-events: none; }
.u { position: absolute; pointer-events: none; border-radius: 2px; }
.u .wave { position: absolute; left: 0; top: 100%; overflow: hidden; display: block; }
.u .wave path { fill: none; stroke-width: 1.3; stroke-linecap: round; }
.u-error { background: rgba(217, 48, 37, 0.07); }
.u-error .wave path { stroke: ${COLORS.error}; }
.u-warning { background: rgba(217, 119, 6, 0.08); }
.u-warning .wave path { stroke: ${COLORS.warning}; }
.u-info::after { content: ''; position: absolute; left: 0; right: 0; top: 100%; height: 0; border-bottom: 2px dotted ${COLORS.info}; }
.u.active { background: rgba(26, 115, 232, 0.14); }

button { font: inherit; color: inherit; letter-spacing: inherit; margin: 0; }
button:focus-visible, .card:focus-visible, .panel:focus-visible { outline: 2px solid var(--cg-focus); outline-offset: 2px; }
.icon { display: inline-block; width: 14px; height: 14px; flex: none; vertical-align: -2px; }
.icon .mk-s { stroke: var(--cg-mark, #fff); }
.icon .mk-f { fill: var(--cg-mark, #fff); }

/* Badge: a box inside the field (its size set inline from badge-place.ts) */
.badge {
  position: absolute; pointer-events: auto; display: inline-flex; align-items: center; justify-content: center; gap: 4px;
  height: 22px; padding: 0 6px; border-radius: 11px; border: 0; cursor: pointer; white-space: nowrap; overflow: hidden;
  font-size: 12px; font-weight: 600; line-height: 1; color: #fff; box-shadow: 0 1px 3px rgba(0,0,0,.25);
  font-variant-numeric: tabular-nums; user-select: none;
}
.badge.compact { padding: 0 4px; gap: 2px; font-size: 11px; border-radius: 9px; }
.badge.compact .icon { width: 12px; height: 12px; }
button.badge .icon { color: #fff; }
.badge.sev-ok { background: rgba(241, 243, 244, 0.95); color: #5f6368; font-weight: 500; box-shadow: 0 0 0 1px rgba(0,0,0,.08); }
.badge.sev-ok .icon { color: #188038; }
.badge.sev-ok .ok { color: #188038; font-weight: 600; }
.badge .ask-chip { background: #fef7e0; color: #8d5b00; border-radius: 8px; padding: 1px 5px; font-weight: 600; font-size: 11px; }
.badge.sev-none.ask, .badge.compact.ask { box-shadow: 0 0 0 1px #f9ab00; }
.badge .q { font-weight: 700; color: #8d5b00; }
.badge.sev-error { --cg-mark: #d93025; }
.badge.sev-warning { --cg-mark: #b45309; }
.badge.sev-info { --cg-mark: #1a73e8; }
.badge.sev-error { background: var(--cg-error); }
.badge.sev-warning { background: #b45309; }
.badge.sev-info { background: var(--cg-info); }
.badge.sev-none { background: rgba(241, 243, 244, 0.92); color: #5f6368; font-weight: 500; box-shadow: 0 0 0 1px rgba(0,0,0,.08); }
@media (prefers-color-scheme: dark) { .badge.sev-warning { background: #b45309; } .badge.sev-error { background: #d93025; } .badge.sev-info { background: #1a73e8; } }
.badge .sep { opacity: .7; font-weight: 400; }
.badge .seg { font-weight: 500; }
.badge:hover { filter: brightness(1.08); }

/* Floating surfaces */
.panel, .card {
  position: absolute; pointer-events: auto; background: var(--cg-bg); color: var(--cg-fg);
  border: 1px solid var(--cg-border); border-radius: 8px; box-shadow: var(--cg-shadow);
}
.panel { width: 360px; display: flex; flex-direction: column; overflow: hidden; }
.panel > * { flex: none; }
.panel .list { flex: 1 1 auto; min-height: 0; }
/* Above the field: anchored by its bottom edge, so a longer list grows away from the field. */
.panel.side-above { transform: translateY(-100%); }
/* A short frame (an editor's iframe): the whole panel scrolls, so the findings stay reachable. */
@media (max-height: 360px) { .panel { overflow: auto; } .panel .list { overflow: visible; flex: none; } .panel .hd { position: sticky; top: 0; z-index: 1; background: var(--cg-bg); } }
/* Little room on the chosen side (a field low in a frame): the same, whatever the frame's height. */
.panel.short { overflow: auto; } .panel.short .list { overflow: visible; flex: none; }
.panel.short .hd { position: sticky; top: 0; z-index: 1; background: var(--cg-bg); }
.card { width: 320px; padding: 12px 16px 12px; }
.hd { display: flex; align-items: center; gap: 8px; }
.panel .hd { padding: 10px 8px 8px 16px; border-bottom: 1px solid var(--cg-border); }
.title { font-size: 14px; font-weight: 600; flex: 1; min-width: 0; }
.title-row { display: flex; align-items: center; gap: 8px; }
.title .sub { display: block; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.ok-mark { display: inline-flex; align-items: center; gap: 3px; color: var(--cg-ok); font-size: 12px; font-weight: 600; border: 1px solid currentColor; border-radius: 10px; padding: 0 6px; line-height: 18px; }
.ok-mark .icon { width: 12px; height: 12px; }
.sub { color: var(--cg-muted); font-size: 12px; font-weight: 400; }
.x { flex: none; width: 28px; height: 28px; border: 0; background: transparent; border-radius: 6px; cursor: pointer; color: var(--cg-muted); font-size: 18px; line-height: 28px; padding: 0; }
.x:hover { background: var(--cg-soft); }
.aud { display: flex; align-items: center; gap: 8px; padding: 8px 16px; border-bottom: 1px solid var(--cg-border); font-size: 12px; color: var(--cg-muted); }
.seg-ctl { display: inline-flex; border: 1px solid var(--cg-border); border-radius: 6px; overflow: hidden; }
.seg-ctl button { border: 0; background: transparent; padding: 2px 10px; cursor: pointer; font-size: 12px; color: var(--cg-fg); line-height: 20px; }
.seg-ctl button + button { border-left: 1px solid var(--cg-border); }
.seg-ctl button[aria-pressed="true"] { background: var(--cg-focus); color: #fff; }
.auto { font-size: 11px; }
.seg-ctl button:disabled { cursor: default; }
.note-hint { margin: 0; }
.aud-ask { background: #fef7e0; color: #8d5b00; }
.aud-ask .auto { font-weight: 600; }
.quiet-note { padding-top: 4px; padding-bottom: 4px; }
.list { overflow: auto; padding: 4px 0; margin: 0; list-style: none; }
.row { padding: 8px 16px; border-top: 1px solid var(--cg-soft); }
.row:first-child { border-top: 0; }
.row-hd { display: flex; align-items: center; gap: 6px; font-size: 12px; color: var(--cg-muted); margin-bottom: 2px; }
.sev { font-weight: 600; }
.sev-error .sev, .sev-error .icon { color: var(--cg-error); }
.sev-warning .sev, .sev-warning .icon { color: var(--cg-warning); }
.sev-info .sev, .sev-info .icon { color: var(--cg-info); }
.match { color: var(--cg-fg); font-weight: 600; padding: 0 4px; font-size: 12px; line-height: 18px; }
.msg { margin: 2px 0; }
.msg.also, .card .also { color: var(--cg-muted); font-size: 12px; margin: 2px 0; }
.src { color: var(--cg-muted); font-size: 12px; margin: 4px 0 0; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; line-clamp: 2; overflow: hidden; }
.sugg { display: flex; align-items: center; gap: 8px; margin-top: 6px; flex-wrap: wrap; }
.sugg-text { flex: 1; min-width: 0; font-size: 12px; }
.sugg-text b { font-weight: 600; color: var(--cg-ok); }
.gloss { color: var(--cg-muted); font-weight: 400; }
.btn { border: 1px solid var(--cg-border); background: var(--cg-bg); color: var(--cg-fg); border-radius: 6px; padding: 4px 12px; cursor: pointer; font-size: 12px; line-height: 20px; }
.btn:hover { background: var(--cg-soft); }
.btn.primary { background: var(--cg-focus); border-color: var(--cg-focus); color: #fff; font-weight: 600; }
.btn.primary:hover { filter: brightness(1.08); background: var(--cg-focus); }
.btn.link { border-color: transparent; background: transparent; color: var(--cg-muted); padding: 4px 8px; }
.btn.link:hover { color: var(--cg-fg); background: var(--cg-soft); }
.btn.danger { background: var(--cg-error); border-color: var(--cg-error); color: #fff; font-weight: 600; }
.btn.danger:hover { filter: brightness(1.08); background: var(--cg-error); }
.card .confirm { margin-top: 8px; padding: 8px; border-radius: 6px; border: 1px solid var(--cg-error); }
.card .confirm p { margin: 0 0 4px; font-size: 12px; }
.card .hd { margin-bottom: 6px; }
.card .what { font-size: 14px; font-weight: 600; margin: 0 0 4px; }
.card .sugg-box { margin-top: 8px; padding: 8px; border-radius: 6px; background: var(--cg-soft); display: flex; align-items: center; gap: 8px; }
.card .sugg-col { flex: 1; min-width: 0; }
.card .sugg-box .lbl { font-size: 12px; color: var(--cg-muted); }
.card .sugg-box .val { font-size: 13px; font-weight: 600; color: var(--cg-ok); word-break: break-all; }
.card .sugg-box .gloss { font-size: 12px; }
.card .acts { display: flex; gap: 4px; margin-top: 8px; align-items: center; flex-wrap: wrap; }
.card .hint { color: var(--cg-muted); font-size: 11px; margin-left: auto; }
.empty { padding: 16px; color: var(--cg-muted); display: flex; gap: 6px; align-items: center; }
.empty .icon { color: var(--cg-ok); }
.toast { position: absolute; pointer-events: auto; background: #323232; color: #fff; border-radius: 6px; padding: 6px 12px; font-size: 12px; transform: translate(-100%, 8px); white-space: nowrap; }
/* the send guard's dialog */
.guard-backdrop { position: fixed; inset: 0; pointer-events: auto; background: rgba(32, 33, 36, 0.32);
  display: flex; align-items: center; justify-content: center; padding: 16px; }
.guard { width: min(440px, 100%); max-height: min(560px, calc(100vh - 32px)); display: flex; flex-direction: column; gap: 8px;
  background: var(--cg-bg); color: var(--cg-fg); border: 1px solid var(--cg-border); border-radius: 8px; box-shadow: var(--cg-shadow);
  padding: 16px 16px 12px; }
.guard-hd { display: flex; align-items: center; gap: 8px; }
.guard-hd .icon { color: var(--cg-error); width: 18px; height: 18px; }
.guard h2 { font-size: 15px; font-weight: 600; margin: 0; }
.guard-intro { margin: 0; color: var(--cg-muted); }
.guard-list { list-style: none; margin: 0; padding: 0; overflow: auto; border: 1px solid var(--cg-border); border-radius: 6px; }
.guard-list li + li { border-top: 1px solid var(--cg-soft); }
.guard-item { display: flex; flex-direction: column; gap: 2px; width: 100%; text-align: left; border: 0; background: transparent;
  padding: 8px 12px; cursor: pointer; color: var(--cg-fg); }
.guard-item:hover { background: var(--cg-soft); }
.guard-item:focus-visible { outline: 2px solid var(--cg-focus); outline-offset: -2px; }
.guard-cat { font-size: 12px; color: var(--cg-error); font-weight: 600; }
.guard-cat b { color: var(--cg-fg); margin-left: 4px; }
.guard-msg { font-size: 13px; }
.guard-reason { display: flex; flex-direction: column; gap: 4px; }
.guard-reason label { font-size: 12px; font-weight: 600; }
.guard-reason input { font: inherit; color: var(--cg-fg); background: var(--cg-bg); border: 1px solid var(--cg-border); border-radius: 6px;
  padding: 5px 8px; }
.guard-reason input:focus { outline: 2px solid var(--cg-focus); outline-offset: 0; border-color: var(--cg-focus); }
.guard-hint { font-size: 11px; color: var(--cg-muted); margin: 0; }
.guard-acts { display: flex; align-items: center; gap: 8px; margin-top: 4px; }
.guard-acts .guard-hint { margin-right: auto; }
.guard .btn { font-size: 13px; padding: 5px 14px; }
.guard .btn:focus-visible { outline: 2px solid var(--cg-focus); outline-offset: 2px; }
.btn.danger { color: var(--cg-error); border-color: var(--cg-border); }
.btn.danger:disabled { opacity: .5; cursor: not-allowed; }
@media (prefers-color-scheme: dark) {
  .btn.primary, .btn.primary:hover, .seg-ctl button[aria-pressed="true"] { color: #202124; }
  .icon .mk-s { stroke: var(--cg-mark, #202124); }
  .icon .mk-f { fill: var(--cg-mark, #202124); }
}
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;
