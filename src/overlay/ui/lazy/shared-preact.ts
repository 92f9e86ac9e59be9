// What the lazily loaded UI parts (entrypoints/overlay-ui.ts) import as 'preact/hooks' and
// 'preact/jsx-runtime' (or jsx-dev-runtime) (wxt.config.ts points them here for that module alone): the content
// script's own Preact functions, handed over when it loads the parts. They render inside the
// content script's Preact tree, where hooks work only with the Preact instance that renders them;
// a second copy of Preact in the module would break them (and cost its size again).
// A function the parts use that is missing here fails the build (no such export), not the page.

import type { Fragment as FragmentT } from 'preact';
import type * as Hooks from 'preact/hooks';
import type * as JsxRuntime from 'preact/jsx-runtime';

/** The content script's Preact functions that the parts use. */
export interface SharedPreact {
  jsx: typeof JsxRuntime.jsx;
  jsxs: typeof JsxRuntime.jsxs;
  Fragment: typeof FragmentT;
  useEffect: typeof Hooks.useEffect;
  useLayoutEffect: typeof Hooks.useLayoutEffect;
  useRef: typeof Hooks.useRef;
  useState: typeof Hooks.useState;
}

// Bound once, before any part renders (ES live bindings: the parts see the values set here).
export let jsx: SharedPreact['jsx'];
export let jsxs: SharedPreact['jsxs'];
/** What JSX compiles to in a development build (the e2e build): Preact's jsx itself. */
export let jsxDEV: SharedPreact['jsx'];
export let Fragment: SharedPreact['Fragment'];
export let useEffect: SharedPreact['useEffect'];
export let useLayoutEffect: SharedPreact['useLayoutEffect'];
export let useRef: SharedPreact['useRef'];
export let useState: SharedPreact['useState'];

export function bindPreact(p: SharedPreact): void {
  ({ jsx, jsxs, Fragment, useEffect, useLayoutEffect, useRef, useState } = p);
  jsxDEV = p.jsx;
}
