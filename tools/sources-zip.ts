// What the Firefox sources zip (`npm run zip`) leaves out. It holds what rebuilds the shipped
// extension — `npm ci && npm run gen:data && npm run gen:model && npm run build` — and nothing
// else: no build output, dependencies or test suites; of test/ only the labelled data files the
// model trains on (not the blind sets, not the judges).

import { JUDGES } from './eval/sets';

export const SOURCES_EXCLUDE: string[] = [
  '.output/**',
  '.wxt/**',
  'node_modules/**',
  'test-results/**',
  // test/: everything but test/fixtures/labelled/ (its *.jsonl and packs/*.jsonl).
  'test/*.*',
  'test/!(fixtures)/**',
  'test/fixtures/!(labelled)/**',
  'test/fixtures/labelled/*.md',
  'test/fixtures/labelled/blind/**',
  ...JUDGES.map((j) => `test/fixtures/labelled/${j}.jsonl`),
  'assets/screenshots/**',
  'assets/store/**',
  'docs-tmp/**',
  '.ci/**',
  '**/*.log',
  '.env*',
];
