// One set of limits for every way settings come in: the options page, an imported file, the
// organisation's policy and stored data all go through validate.ts with these numbers (templates
// through the template rules, with the same count), so no way in accepts more than another.

import { MAX_PHRASE, MAX_PHRASE_TEXT } from '../core/validate';
import { MAX_TEMPLATES } from '../templates/io';

export const LIMITS = {
  /** Custom phrases (and patterns). */
  customPhrases: 500,
  /** Entries of every other list: allowed phrases, paused sites, disabled rules, packs and categories; per-rule severities. */
  listEntries: 500,
  /** Custom templates, however they come in. */
  templates: MAX_TEMPLATES,
  /** A custom phrase or an allowed phrase, in characters. */
  phrase: MAX_PHRASE,
  /** A custom phrase's message or suggestion. */
  phraseText: MAX_PHRASE_TEXT,
  /** Any other entry (a site, a rule id, a severity key). */
  entry: 256,
  signature: 40,
  /** A settings file, in characters: an export with every list full fits. */
  fileChars: 2_000_000,
} as const;

/** Whether a file is too large to be read as a settings file at all (checked before reading it; UTF-8 takes up to 3 bytes a character). */
export const fileTooLarge = (bytes: number): boolean => bytes > LIMITS.fileChars * 3;
