// The content script's side of shared-preact.ts: its own Preact functions, for the UI parts it loads.

import { Fragment } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { jsx, jsxs } from 'preact/jsx-runtime';
import type { SharedPreact } from './shared-preact';

export const SHARED_PREACT: SharedPreact = { jsx, jsxs, Fragment, useEffect, useLayoutEffect, useRef, useState };
