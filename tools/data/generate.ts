// Generates the compact character tables the engine ships: Traditional→Simplified pairs and pinyin
// readings for every character the packs use (phrases, exceptions, triggers, cues), into
// src/core/generated/. Run with `npm run gen:data` after changing a pack; a unit test fails when the
// tables are stale. opencc-js and pinyin-pro are build-time only: neither is bundled into the
// extension.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js/t2cn';
import { pinyin } from 'pinyin-pro';
import { GENERATED_DIR, header, pinned } from '../generated';
import { packCharacters, packLiterals } from './pack-chars';

const HEADER = header('npm run gen:data', 'tools/data/generate.ts', [
  'the characters of every phrase, exception, trigger and cue of the packs (src/core/packs/*/)',
  `${pinned('opencc-js')} (Traditional → Simplified) and ${pinned('pinyin-pro')} (readings)`,
]);

/** The two generated modules' sources, computed from the packs as they are now. */
export function generateTables(): { t2s: string; pinyin: string; summary: string } {
  const chars = packCharacters();

  // Traditional → Simplified: every CJK code point whose OpenCC conversion (Taiwan, Hong Kong or
  // generic Traditional) is a single pack character.
  const converters = (['t', 'tw', 'hk'] as const).map((from) => OpenCC.Converter({ from, to: 'cn' }));
  const pairs: string[] = [];
  for (let cp = 0x3400; cp <= 0x9fff; cp++) {
    if (cp > 0x4dbf && cp < 0x4e00) continue;
    const ch = String.fromCharCode(cp);
    for (const convert of converters) {
      const s = convert(ch);
      if (s !== ch && s.length === 1 && chars.has(s)) {
        pairs.push(ch + s);
        break;
      }
    }
  }

  // Variants OpenCC leaves alone because both are valid Simplified, but collectors use for the other.
  for (const [from, to] of [['著', '着'], ['裏', '里'], ['妳', '你'], ['祢', '你']] as const) {
    if (chars.has(to) && !pairs.some((p) => p[0] === from)) pairs.push(from + to);
  }

  // Pinyin: the character's own readings (most common first) plus the reading it has inside each
  // literal, tone marks dropped, ü written v.
  const readings = new Map<string, string[]>();
  const add = (ch: string, r: string) => {
    const list = readings.get(ch) ?? [];
    for (const v of r === r.replace('ü', 'v') ? [r] : [r.replace(/ü/g, 'v'), r.replace(/ü/g, 'u')]) {
      if (/^[a-z]+$/.test(v) && !list.includes(v)) list.push(v);
    }
    readings.set(ch, list);
  };
  for (const ch of [...chars].sort()) {
    for (const r of pinyin(ch, { toneType: 'none', multiple: true, type: 'array' })) add(ch, r);
  }
  for (const lit of packLiterals()) {
    const cjk = [...lit].filter((c) => chars.has(c));
    if (cjk.length !== lit.length) continue;
    const rs = pinyin(lit, { toneType: 'none', type: 'array' });
    if (rs.length === lit.length) [...lit].forEach((c, i) => add(c, rs[i]!));
  }
  let py = '';
  for (const [ch, list] of [...readings].sort(([a], [b]) => (a < b ? -1 : 1))) if (list.length) py += ch + list.join(',');

  return {
    t2s: `${HEADER}export const T2S = ${JSON.stringify(pairs.join(''))};\n`,
    pinyin: `${HEADER}export const PINYIN = ${JSON.stringify(py)};\n`,
    summary: `${chars.size} pack characters, ${pairs.length} Traditional forms, ${readings.size} pinyin entries`,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const t = generateTables();
  writeFileSync(join(GENERATED_DIR, 't2s.ts'), t.t2s);
  writeFileSync(join(GENERATED_DIR, 'pinyin.ts'), t.pinyin);
  console.log(t.summary);
}
