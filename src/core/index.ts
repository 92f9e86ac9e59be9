// The engine with its built-in rule packs registered: what Node code (the CLI, tests, benchmarks)
// and any bundle that can afford the pack data imports. `lint(text, context?)` per SPEC.md.

import { registerPack } from './engine';
import { cnPack } from './packs/cn/index';

registerPack(cnPack);

export * from './engine';
