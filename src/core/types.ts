// Shared types of the engine. Everything here is plain data so packs, settings and the CLI
// can exchange it as JSON.

import type { PhraseNode } from './expand';

export type Category =
  | 'threat'
  | 'insult'
  | 'impersonation'
  | 'misleading'
  | 'exposure'
  | 'harassment'
  | 'third_party_disclosure'
  | 'privacy'
  | 'payment_channel'
  | 'pressure'
  | 'identity'
  | 'channel'
  | 'time_window'
  | 'length';

export const CATEGORIES: readonly Category[] = [
  'threat',
  'insult',
  'impersonation',
  'misleading',
  'exposure',
  'harassment',
  'third_party_disclosure',
  'privacy',
  'payment_channel',
  'pressure',
  'identity',
  'channel',
  'time_window',
  'length',
];

/** Categories about what the words say (as opposed to message structure and send time). */
export const CONTENT_CATEGORIES: readonly Category[] = CATEGORIES.filter(
  (c) => c !== 'identity' && c !== 'channel' && c !== 'time_window' && c !== 'length',
);

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
/**
 * Longest stretch of text checked as one sentence. A longer one (a pasted line without a full stop)
 * is cut, at a comma or a space near the limit where it has one, and the discourse layer looks no
 * further for a sentence's bounds: the work per sentence may grow faster than its length, the work
 * per text must not.
 */
export const MAX_SENTENCE = 1000;

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export type Audience = 'debtor' | 'third_party';
export type Lang = 'zh' | 'en';

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  /** UTF-16 offsets into the ORIGINAL text: text.slice(start, end) === match. */
  start: number;
  end: number;
  match: string;
  message: string;
  /** What to write instead, in the language of the messages (the pack's), whatever the UI speaks. */
  suggestion?: string;
  /** When the UI speaks another language than the messages: what the suggestion says, in the UI's. */
  suggestionGloss?: string;
  source?: string;
  /**
   * The words the rule matched, when the span reaches further: a span covers the whole unit its fix
   * replaces (你这个老赖, a threat's clause), while "always allow" allows only these words (老赖).
   */
  phrase?: string;
}

export interface LocalText {
  zh: string;
  en: string;
}

/**
 * One rule of a pack, as data.
 *
 * `phrases` are matched on the folded text (see normalize.ts): full-width, case, Traditional
 * characters, invisible characters and separators between characters do not matter. A phrase may
 * use a small expansion syntax so one line covers a family of wordings:
 *   `(a|b|c)`  one of the alternatives,   `(a|b)?` / `(a)?`  optional group,   `x?`  optional character.
 * Groups may nest. Every expansion becomes a literal in one Aho–Corasick automaton.
 *
 * `patterns` are real regular expressions, run on the folded text, for the few rules that need
 * structure (gaps, digits). A pattern runs only when one of its rule's `triggers` occurs in the
 * text (found by the same automaton), so regexes cost nothing on clean text.
 */
export interface Rule {
  id: string;
  category: Category;
  severity: Severity;
  /** Who the rule applies to; default 'any'. */
  audience?: Audience | 'any';
  phrases?: string[];
  patterns?: string[];
  /** Literal phrases (same syntax as `phrases`), at least one of which must occur for `patterns` to run. */
  triggers?: string[];
  /** Phrases (same syntax) that, when they overlap a match, make it benign. */
  exceptions?: string[];
  /**
   * Whether a negation or protective cue just before the match (不会, 绝不, 严禁, 谨防…冒充) makes
   * it benign. Default true.
   */
  negatable?: boolean;
  message: LocalText;
  /** Replacement text for the flagged span, where one fits. */
  suggestion?: LocalText;
  /** Per-phrase replacements (keyed by the folded phrase literal) that beat `suggestion`. */
  replacements?: Record<string, string>;
  /** The rule's basis; cite article numbers only where regulations.md marks them verified. */
  source?: LocalText;
  /** How this rule's fix is shaped, when not as its category's. */
  fix?: FixSpec;
  /**
   * Words that, anywhere in the message, show the rule's words are the sender's own lawful business
   * (a law firm's letter calling itself 律师函): the rule stays quiet in such a message.
   */
  quietWhen?: string[];
  /**
   * A frame (packs/cn/frames.ts): a general shape built from lexicons. On the same words it yields
   * to a specific rule of its category, whose message and fix fit better.
   */
  frame?: boolean;
  examples: { bad: string[]; good: string[]; audience?: Audience };
}

/** Words that show who says what (src/core/discourse): all literal, in the pack's language. */
export interface DiscourseCues {
  /** Verbs of saying and reporting. */
  say: string[];
  /** Words that start like a verb of saying but are not one (问题, 说明). */
  sayCompounds: string[];
  /** Third persons and sources whose words are reported. */
  reporters: string[];
  /** Collection staff: reported in notes, replies and notices only. */
  staff: string[];
  /** The addressee, reported with `addresseeSay` verbs (您反映…). */
  addressee: string[];
  addresseeSay: string[];
  /** First person and "our" side: a speaker after these is the writer's side. */
  ownSide: string[];
  /** Words before a quotation that cite it. */
  quoteLeadIns: string[];
  /** Words after a quotation that cite it. */
  quoteTails: string[];
  /** Negations and prohibitions that, with a colon, govern the list after it. */
  listNegations: string[];
  /** Labels of wording cited as wrong (错误示范：). */
  listLabels: string[];
  /** Labels that end such a list (正确示范). */
  listEnds: string[];
  /** Labels after which quoted wording is recommended for use (推荐话术：). */
  endorseLabels: string[];
  /** Words just before a quotation that recommend it (改成, 可以告知). */
  endorseLeadIns: string[];
  /** Words after a quotation that approve it (不扣分, 值得借鉴). */
  approvals: string[];
  /** Words anywhere in the clause before a quotation that recommend it (推荐, 统一, 写明)… */
  recommend: string[];
  /** …unless the clause also has one of these (违规, 严禁). */
  condemn: string[];
  /** Corrections that reject what the sentence said before them. */
  corrections: string[];
  /** Subjects that point a correction at the previous sentence. */
  backReferences: string[];
  /** Where the writer speaks again after reported words (经查, 我们). */
  resume: string[];
  /** Statements of what the law or a court may do: truthful law for the claim-of-law categories. */
  lawful: string[];
  /** Openers of a hypothetical about someone else. */
  conditionals: string[];
  advice: string[];
  adviceActs: string[];
  genre: { note: string[]; reply: string[]; notice: string[] };
  /** Words of debt and collection: the learned fallback speaks only where one occurs. */
  debtContext: string[];
  /** Second-person words. */
  address: string[];
  /** Third-person narration: with neither an addressee nor a debt, the text tells of others. */
  narration: string[];
  /** Unmistakable signs of other talk (a joke among friends, a game, a story): with no debt, even to 你. */
  otherTalk: string[];
}

/** How a finding's fix is shaped (src/core/fix.ts). */
export interface FixSpec {
  /** How far the fix reaches: the matched words, the address term with them (你这个老赖), or their clause. */
  unit: 'phrase' | 'address' | 'clause';
  /** What replaces the unit; without one the finding offers no fix ('phrase': the rule's suggestion). */
  replacement?: LocalText;
  /** For an 'address' unit with no address term before it: what replaces its clause instead. */
  clause?: LocalText;
  /** For an 'address' unit that calls the reader by the words ("老赖您好"): what replaces them. */
  vocative?: LocalText;
  /** For an 'address' unit that is its whole clause ("你这个老赖，…"): what replaces it. */
  greeting?: LocalText;
  /** What to write instead, said in the message, when there is no replacement. */
  advice?: LocalText;
}

export interface RulePack {
  id: string;
  name: LocalText;
  /** The language the pack's messages are written in: fixes are inserted in it. */
  textLang: Lang;
  rules: Rule[];
  /** Phrases that, just before a match in the same clause, negate it (不会, 绝不, 严禁…). */
  negations: string[];
  /** Phrases that mark an anti-fraud or rule-explaining sentence (谨防, 冒充, 诈骗…). */
  protective: string[];
  /** Words that, between a negation cue and a match, show the cue governs something else (就, 我们, 的话). */
  breakers: string[];
  /** Phrases that contain a negation cue without negating (是不是, 会不会): a cue inside one is ignored. */
  falseNegations: string[];
  /** Who says what: quoted, reported, listed, corrected and warned-about wording. */
  discourse: DiscourseCues;
  /** How each category's findings are fixed (a rule's own `fix` wins). */
  fixes?: Partial<Record<Category, FixSpec>>;
  /** In a message to a third party, what replaces any wrong clause (a call-back request). */
  thirdPartyClause?: LocalText;
  /**
   * One act, one category: when findings of several categories fall on the same words, the one
   * listed first is reported (the one a compliance officer files it under).
   */
  categoryOrder?: Category[];
  quietHours: QuietHours;
  /** Texts of the checks that are code, not phrases (detectors and message structure). */
  checks: Record<CheckId, CheckText>;
  /** Character tables generated from the pack's phrases: Traditional→Simplified pairs and pinyin readings. */
  tables: { t2s: string; pinyin: string };
  /** Learned fallback for wording no rule covers (optional). */
  model?: MessageModel;
  /** UTC offset of the pack's jurisdiction, for the quiet hours (China: +480). */
  utcOffsetMinutes: number;
}

/**
 * A learned fallback: scores a whole message for how much it reads like the violating messages of
 * the pack's labelled corpus, for wording no rule covers. Generated data (tools/model/train.ts).
 */
export interface MessageModel {
  bias: number;
  /** Score at or above which a message with no rule finding is flagged (chosen by cross-validation). */
  threshold: number;
  features: string[];
  weights: number[];
  heads: { category: Category; prior: number; features: string[]; weights: number[] }[];
  /** Minimum folded length of a message the model is asked about. */
  minLength: number;
}

export type CheckId =
  | 'id_card'
  | 'bank_card'
  | 'identity'
  | 'identity_signature'
  | 'channel'
  | 'length'
  | 'length_max'
  | 'time_window_error'
  | 'time_window_warning'
  | 'model';

export interface CheckText {
  /** Stable rule id of the check, e.g. cn.privacy.id_card. */
  id: string;
  message: LocalText;
  suggestion?: LocalText;
  source?: LocalText;
}

export interface QuietHours {
  /** [start, end) in minutes after midnight; wraps around midnight when start > end. */
  error: { start: number; end: number };
  warning: { start: number; end: number };
}

export interface CustomPhrase {
  phrase: string;
  /** When true, `phrase` is a regular expression on the folded text (regex.ts says which syntax). */
  regex?: boolean;
  category: Category;
  severity: Severity;
  message?: string;
  suggestion?: string;
  /**
   * A pattern's parsed form, attached where settings are served to pages (never stored), so that
   * the content script needs no pattern parser.
   */
  tree?: PhraseNode[];
}

export interface LintContext {
  audience: Audience;
  /** Send time; when undefined no quiet-hours check is made. */
  now?: Date | number;
  pack: string;
  lang: Lang;
  customPhrases: CustomPhrase[];
  allowlist: string[];
  disabledRules: string[];
  disabledCategories: Category[];
  /** Keyed by rule id or by category; a rule id wins over its category. 'off' disables. */
  severityOverrides: Record<string, Severity | 'off'>;
  quietHours?: QuietHours;
  /** The SMS signature the organisation expects, e.g. 【安信贷】, so the identity check can name it. */
  signature?: string;
  /** Whether the pack's learned model may flag wording no rule covers (default true). */
  model?: boolean;
  /** Whether quoted, reported, listed, corrected and warned-about wording is set aside (default true). */
  discourse?: boolean;
}
