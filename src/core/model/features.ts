// Features of the sentence model: character 1- to 3-grams of the folded text (so the evasions
// folding removes — spacing, full-width, Traditional, zero-width — do not change them).

export function ngrams(folded: string): Set<string> {
  const out = new Set<string>();
  for (let n = 1; n <= 3; n++) for (let i = 0; i + n <= folded.length; i++) out.add(folded.slice(i, i + n));
  return out;
}
