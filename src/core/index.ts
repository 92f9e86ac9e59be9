// The engine with its built-in rule packs registered: what Node code (the CLI, tests, benchmarks)
// and any bundle that can afford the pack data imports. `lint(text, context?)` as docs/ENGINE.md ("Contracts") gives it.

import { usePatternParser } from './compile';
import { registerPack } from './engine';
import { cnPack } from './packs/cn/index';
import { parsePattern } from './regex';

registerPack(cnPack);
usePatternParser(parsePattern);

export * from './engine';
