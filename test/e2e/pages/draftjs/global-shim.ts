// Draft.js's dependency fbjs reads the Node global `global` (setImmediate polyfill); browsers
// have only globalThis. Imported before draft-js.
(globalThis as { global?: unknown }).global = globalThis;
