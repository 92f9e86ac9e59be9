// Discourse: who says what. A message may quote, report, list as forbidden, correct or warn about
// wording that is not the writer's own act — a complaint reply ("您反映催收员说要'上门'一事"), a QA
// note ("客户称再打电话就报警"), a promise ("我们不会：1. 上门打扰；2. …"), a correction ("逾期会坐
// 牢的说法不实"), an anti-fraud notice ("若有人对您说'……'请报警"). This module finds those regions
// of the text and the message's genre; lint drops the phrase findings that fall inside a region.
// What the writer says outside them still counts ("别让我们上门" after a quote).
//
// Pure and linear: a handful of scans with literal-alternation regexes built from the pack's cues,
// run only for messages that have a finding to judge (or when the learned fallback asks).

import { simplified } from '../normalize';
import { MAX_SENTENCE, type DiscourseCues } from '../types';

export type RegionKind = 'quoted' | 'reported' | 'listed' | 'corrected' | 'warned' | 'asked' | 'lawful';
/** message: written to a debtor or contact; note: a call summary, case record or QA review; reply: complaint handling; notice: a notice, training text or FAQ. */
export type Genre = 'message' | 'note' | 'reply' | 'notice';

export interface Region {
  start: number;
  end: number;
  kind: RegionKind;
}

export interface Discourse {
  genre: Genre;
  /** Offsets into the original text, sorted by start. */
  regions: Region[];
  /** Whether the text speaks of a debt or its collection at all. */
  debt: boolean;
  /** Whether the text addresses somebody (second person). */
  addressed: boolean;
  /** Other people's business (news, a story, a manual, chat among friends): no debt, and a sign of it. */
  narration: boolean;
}

interface Compiled {
  say: RegExp;
  sayCompounds: RegExp;
  reporters: RegExp;
  staff: RegExp;
  addressee: RegExp;
  addresseeSay: RegExp;
  ownSide: RegExp;
  leadIns: RegExp;
  tails: RegExp;
  listNegations: RegExp;
  listLabels: RegExp;
  listEnds: RegExp;
  endorseLabels: RegExp;
  endorseLeadIns: RegExp;
  approvals: RegExp;
  recommend: RegExp;
  condemn: RegExp;
  corrections: RegExp;
  backReferences: RegExp;
  conditionals: RegExp;
  resume: RegExp;
  lawful: RegExp;
  adviceActs: RegExp;
  advice: RegExp;
  note: RegExp;
  reply: RegExp;
  notice: RegExp;
  debt: RegExp;
  address: RegExp;
  narration: RegExp;
  otherTalk: RegExp;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** One regex of literal alternatives, longest first so the longest cue wins at a position. */
function alternation(words: readonly string[], flags = 'g'): RegExp {
  const list = [...new Set(words.map((w) => simplified(w)))].filter(Boolean).sort((a, b) => b.length - a.length);
  return new RegExp(list.length ? list.map(escape).join('|') : '(?!)', flags);
}

const compiledCues = new WeakMap<DiscourseCues, Compiled>();
function compile(c: DiscourseCues): Compiled {
  let k = compiledCues.get(c);
  if (!k) {
    k = {
      say: alternation(c.say),
      sayCompounds: alternation(c.sayCompounds),
      reporters: alternation(c.reporters),
      staff: alternation(c.staff),
      addressee: alternation(c.addressee),
      addresseeSay: alternation(c.addresseeSay),
      ownSide: alternation(c.ownSide),
      leadIns: alternation(c.quoteLeadIns),
      tails: alternation(c.quoteTails),
      listNegations: alternation(c.listNegations),
      listLabels: alternation(c.listLabels),
      listEnds: alternation(c.listEnds),
      endorseLabels: alternation(c.endorseLabels),
      endorseLeadIns: alternation(c.endorseLeadIns),
      approvals: alternation(c.approvals),
      recommend: alternation(c.recommend),
      condemn: alternation(c.condemn),
      corrections: alternation(c.corrections),
      backReferences: alternation(c.backReferences),
      conditionals: alternation(c.conditionals),
      resume: alternation(c.resume),
      lawful: alternation(c.lawful),
      adviceActs: alternation(c.adviceActs),
      advice: alternation(c.advice),
      note: alternation(c.genre.note),
      reply: alternation(c.genre.reply),
      notice: alternation(c.genre.notice),
      debt: alternation(c.debtContext, ''),
      address: alternation(c.address, ''),
      narration: alternation(c.narration, ''),
      otherTalk: alternation(c.otherTalk, ''),
    };
    compiledCues.set(c, k);
  }
  return k;
}

// Punctuation, after `simplified` (full-width ASCII is ASCII there).
const SENTENCE = /[。!?\n\r…]/;
const CLAUSE = /[。!?\n\r…,:;、，]/;
const QUOTE_PAIRS: Record<string, string> = { '“': '”', '‘': '’', '「': '」', '『': '』', '《': '》', '〈': '〉', '"': '"', "'": "'" };
/** A list item's marker at the start of a segment: 1. 2、 (3) ① 一、 - • */
const LIST_MARKER = /^\s*(?:\d{1,2}[.、)）]|[（(]\d{1,2}[)）]|[①-⑳]|[一二三四五六七八九十]{1,2}[、.]|[-•·*●▪◦])/;
/** How far a quotation may run (longer "quotes" are unpaired marks). */
const MAX_QUOTE = 300;
/** The longest cue a startsAt check reads. */
const MAX_CUE = 40;
/** How far before a verb of saying its speaker may stand, within the clause. */
const REPORTER_REACH = 14;

function matchesIn(re: RegExp, s: string, from = 0, to = s.length): [number, number][] {
  const out: [number, number][] = [];
  // A window is searched on its own: exec() would otherwise read on to the end of the text.
  const w = to < s.length ? s.slice(from, to) : s;
  const base = w === s ? 0 : from;
  re.lastIndex = w === s ? from : 0;
  for (let m = re.exec(w); m && m.index + base < to; m = re.exec(w)) {
    if (m.index + base + m[0].length <= to) out.push([m.index + base, m.index + base + m[0].length]);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** Whether some cue of `re` ends exactly at `pos`. */
function endsAt(re: RegExp, s: string, pos: number, maxLen = 8): boolean {
  const from = Math.max(0, pos - maxLen);
  return matchesIn(re, s, from, pos).some(([, e]) => e === pos);
}

/** Whether some cue of `re` starts exactly at `pos`. */
function startsAt(re: RegExp, s: string, pos: number): boolean {
  return matchesIn(re, s, pos, Math.min(s.length, pos + MAX_CUE))[0]?.[0] === pos;
}

// Sentences, clauses and lists are looked for at most MAX_SENTENCE characters away (lint checks a
// longer sentence in pieces), so a text without punctuation costs linear time, not quadratic.
function sentenceStart(s: string, pos: number): number {
  let i = pos;
  const min = Math.max(0, pos - MAX_SENTENCE);
  while (i > min && !SENTENCE.test(s[i - 1]!)) i--;
  return i;
}
function sentenceEnd(s: string, pos: number): number {
  let i = pos;
  const max = Math.min(s.length, pos + MAX_SENTENCE);
  while (i < max && !SENTENCE.test(s[i]!)) i++;
  return i;
}
function clauseStart(s: string, pos: number): number {
  let i = pos;
  const min = Math.max(0, pos - MAX_SENTENCE);
  while (i > min && !CLAUSE.test(s[i - 1]!)) i--;
  return i;
}

const skipSpaceBack = (s: string, pos: number) => {
  let i = pos;
  while (i > 0 && /[\s:,，：]/.test(s[i - 1]!)) i--;
  return i;
};
const skipSpaceForward = (s: string, pos: number) => {
  let i = pos;
  while (i < s.length && /[\s]/.test(s[i]!)) i++;
  return i;
};

/**
 * Whether the addressee at `pos` is spoken to rather than speaking (跟您说, 对您说): then the words
 * are not the reader's. With `writer`, only where nobody else is named as the speaker: 跟您说一声,
 * 和你讲 are the writer's own words, while in 催收员对您说 somebody else speaks to the reader.
 */
const spokenTo = (s: string, pos: number, writer = false) => (writer ? /[跟和同与]/ : /[跟和对向给同与]/).test(s[pos - 1] ?? '') && /[您你]/.test(s[pos] ?? '');

function genreOf(s: string, k: Compiled): Genre {
  const head = s.replace(/^[\s【\[(（][^】\])）]{0,20}[】\])）]\s*/, '').slice(0, 24);
  const score = (re: RegExp) => {
    const count = (t: string) => matchesIn(re, t).filter(([a]) => !spokenTo(t, a, true)).length;
    return count(head) * 2 + Math.min(count(s), 3);
  };
  const scores: [Genre, number][] = [
    ['note', score(k.note)],
    ['reply', score(k.reply)],
    ['notice', score(k.notice)],
  ];
  scores.sort((a, b) => b[1] - a[1]);
  return scores[0]![1] >= 2 ? scores[0]![0] : 'message';
}

/** Paired quotation marks: [open, close+1) spans. */
function quotations(s: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < s.length; i++) {
    const close = QUOTE_PAIRS[s[i]!];
    if (!close) continue;
    const k = s.slice(i + 1, i + 1 + MAX_QUOTE).indexOf(close);
    if (k < 0) continue;
    const j = i + 1 + k;
    out.push([i, j + 1]);
    i = j;
  }
  return out;
}

/** Where a list that starts at `from` (after a colon or a label) ends. */
function listEnd(s: string, from: number, k: Compiled): number {
  let pos = from;
  const limit = Math.min(s.length, from + MAX_SENTENCE);
  const stopAt = matchesIn(k.listEnds, s, from, limit).map(([a]) => a)[0] ?? limit;
  for (;;) {
    let t = pos;
    while (t < limit && !/[。!?\n\r;；]/.test(s[t]!)) t++;
    if (t >= stopAt) return stopAt;
    if (t >= s.length) return s.length;
    let next = t + 1;
    while (next < s.length && /[\s。!?;；]/.test(s[next]!) && s[next] !== '\n') next++;
    if (s[next] === '\n') next++;
    const rest = s.slice(next, next + 8);
    if (s[t] === ';' || s[t] === '；' || LIST_MARKER.test(rest)) {
      pos = next;
      continue;
    }
    return t;
  }
}

function ownSideBefore(s: string, pos: number, k: Compiled): boolean {
  return endsAt(k.ownSide, s, pos, 6) || endsAt(k.ownSide, s, pos - 1, 6);
}

/** The speaker of a verb of saying at `verb`, if one stands before it in its clause: [start, end). */
function speakerBefore(s: string, verb: number, re: RegExp): [number, number] | null {
  const from = Math.max(clauseStart(s, verb), verb - REPORTER_REACH);
  const found = matchesIn(re, s, from, verb);
  return found.length ? found[found.length - 1]! : null;
}

export function analyze(text: string, cues: DiscourseCues): Discourse {
  const k = compile(cues);
  const s = simplified(text);
  const genre = genreOf(s, k);
  const regions: Region[] = [];
  const add = (start: number, end: number, kind: RegionKind) => {
    if (end > start) regions.push({ start, end, kind });
  };

  // Reported speech: a third person (or, in a reply, the addressee) and a verb of saying; the
  // region runs to the end of the sentence, or to a clause where the writer speaks again.
  const verbs = [...matchesIn(k.say, s), ...matchesIn(k.addresseeSay, s)].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  for (const [vs, ve] of verbs) {
    if (startsAt(k.sayCompounds, s, vs)) continue;
    // A verb of saying that names a kind of conduct ("到处投诉的做法") reports nobody's words.
    if (/^的(做法|行为|方式|习惯|举动|态度|样子|毛病)/.test(s.slice(ve, ve + 4))) continue;
    let speaker = speakerBefore(s, vs, k.reporters);
    if (!speaker && genre !== 'message') speaker = speakerBefore(s, vs, k.staff);
    if (!speaker && genre !== 'message') speaker = speakerBefore(s, vs, k.addressee);
    if (!speaker && (startsAt(k.addresseeSay, s, vs) || endsAt(k.addresseeSay, s, ve))) speaker = speakerBefore(s, vs, k.addressee);
    if (!speaker || spokenTo(s, speaker[0])) continue;
    // Our own people's words are ours ("我们的催收员说了…"), and so is anything we say in between.
    if (ownSideBefore(s, speaker[0], k) || matchesIn(k.ownSide, s, speaker[1], vs).length) continue;
    const end = sentenceEnd(s, ve);
    let stop = end;
    for (let i = ve; i < end; i++) {
      if (/[,，;；]/.test(s[i]!) && (startsAt(k.ownSide, s, skipSpaceForward(s, i + 1)) || startsAt(k.resume, s, skipSpaceForward(s, i + 1)))) {
        stop = i;
        break;
      }
    }
    add(ve, stop, 'reported');
  }

  // Quotations: cited when introduced or followed as cited, when a speaker says them, or in any
  // text that is not a message (notes, replies and notices cite; messages use scare quotes). A run
  // of quotations ("老赖""坐牢"这些字眼) shares its introduction and its tail.
  const qs = quotations(s);
  const endorsed = (first: number, last: number) => {
    const before = skipSpaceBack(s, first);
    // "不可以说"…"", "❌"…"": a condemnation just before it is no endorsement.
    if (matchesIn(k.condemn, s, Math.max(0, before - 6), before).length) return false;
    if (endsAt(k.endorseLeadIns, s, before)) return true;
    // A label with a colon before it in the sentence (推荐话术："…").
    const ss = sentenceStart(s, first);
    for (const [, b] of matchesIn(k.endorseLabels, s, ss, first)) if (/^[\s]*[:：]/.test(s.slice(b, b + 3)) || b >= before - 1) return true;
    // A recommendation in its clause, and no condemnation (推荐在短信中写明"…").
    const cs = clauseStart(s, first);
    if (matchesIn(k.recommend, s, cs, first).length && !matchesIn(k.condemn, s, cs, first).length) return true;
    // An approval after it in the sentence (…"，不扣分).
    return matchesIn(k.approvals, s, last, Math.min(sentenceEnd(s, last), last + 24)).length > 0;
  };
  for (let i = 0; i < qs.length; ) {
    let j = i;
    while (j + 1 < qs.length && qs[j + 1]![0] - qs[j]![1] <= 1) j++;
    const first = qs[i]![0];
    const last = qs[j]![1];
    const before = skipSpaceBack(s, first);
    const cited =
      genre !== 'message' ||
      endsAt(k.leadIns, s, before) ||
      endsAt(k.say, s, before) ||
      startsAt(k.tails, s, skipSpaceForward(s, last)) ||
      (/[,，]/.test(s[last] ?? '') && startsAt(k.tails, s, skipSpaceForward(s, last + 1))) ||
      regions.some((r) => r.kind === 'reported' && r.start <= first && r.end >= first);
    if (cited && !endorsed(first, last)) for (let q = i; q <= j; q++) add(qs[q]![0], qs[q]![1], 'quoted');
    // Endorsed wording is the writer's own: a report around it does not hide it either.
    else if (cited) for (let r = regions.length - 1; r >= 0; r--) if (regions[r]!.kind === 'reported' && regions[r]!.start <= first && regions[r]!.end >= first) regions.splice(r, 1);
    i = j + 1;
  }

  // Lists governed by a negation or a "wrong examples" label and a colon (我们不会：…；…).
  for (const re of [k.listNegations, k.listLabels]) {
    for (const [, b] of matchesIn(re, s)) {
      let end = Math.min(sentenceEnd(s, b), b + 16);
      // An aside in brackets before the colon ("常见违规词（拼音、谐音…同样在监测范围内）：…").
      const aside = /^[（(][^（()）]{0,40}[)）]/.exec(s.slice(b, b + 44));
      if (aside) end = Math.min(sentenceEnd(s, b), b + aside[0].length + 4);
      let colon = -1;
      for (let i = b; i < end; i++)
        if (s[i] === ':' || s[i] === '：') {
          colon = i;
          break;
        }
      if (colon < 0 && re === k.listLabels && s[sentenceEnd(s, b)] === '\n') colon = sentenceEnd(s, b);
      // An exam question ("以下哪句话属于违规用语？"): its options follow the question mark.
      if (colon < 0 && re === k.listLabels && s[sentenceEnd(s, b)] === '?') colon = sentenceEnd(s, b);
      if (colon < 0) continue;
      add(colon + 1, listEnd(s, colon + 1, k), 'listed');
    }
  }

  // Corrections: "…的说法不实", "…均为谣言" reject what their sentence said before them;
  // "这是谣言", "该说法错误" reject the sentence before.
  for (const [a, b] of matchesIn(k.corrections, s)) {
    const next = s[skipSpaceForward(s, b)];
    if (next !== undefined && !CLAUSE.test(next) && !/[的。]/.test(next)) continue;
    if (/(不是|并非|绝非|不|没|未|并不)$/.test(s.slice(Math.max(0, a - 2), a))) continue;
    const cs = clauseStart(s, a);
    const ss = sentenceStart(s, a);
    if (startsAt(k.backReferences, s, skipSpaceForward(s, cs))) {
      const prevEnd = ss > 0 ? ss - 1 : 0;
      add(sentenceStart(s, prevEnd), a, 'corrected');
    } else add(ss, a, 'corrected');
  }

  // Warnings about somebody else: "若有人…，请报警", "如遇自称法院的人员…均为诈骗".
  for (const [a, b] of matchesIn(k.conditionals, s)) {
    const limit = Math.min(s.length, b + 80);
    let adviceAt = -1;
    for (const [x, y] of matchesIn(k.adviceActs, s, b, limit)) {
      if (endsAt(k.advice, s, x, 6) || /诈骗|冒充|违规|违法|假冒|虚假|不实|上当|谨防|警惕/.test(s.slice(x, y)) || matchesIn(k.advice, s, Math.max(b, x - 6), x).length) {
        adviceAt = x;
        break;
      }
    }
    if (adviceAt < 0) continue;
    // A threat of the writer's own in between ("若有拖欠，我们将上门并报警") is no warning.
    if (/(我们|我司|本公司|公司|我)(将|会|就|要|马上|立即)/.test(s.slice(b, adviceAt))) continue;
    add(a, adviceAt, 'warned');
  }

  // A genuine court case number ("（2024）川0105执1234号"): the message is about a real case.
  if (/[（(]20\d\d[）)][京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]\d{2,4}(?:民初|民终|执恢|执异|执|民特|民申|财保|刑初|行初)\d{1,6}号/.test(s)) {
    add(0, s.length, 'lawful');
  }

  // In notes, replies and notices, a clause whose subject is somebody else tells what they did
  // ("对方随后确实给她母亲打了电话").
  if (genre !== 'message') {
    for (const re of [k.reporters, k.staff]) {
      for (const [a] of matchesIn(re, s)) {
        const cs = clauseStart(s, a);
        if (a - cs > 3 || ownSideBefore(s, a, k)) continue;
        let ce = a;
        while (ce < s.length && !CLAUSE.test(s[ce]!)) ce++;
        // What they did, not what they will do ("外访人员会按计划到您公司") nor what they are ("该
        // 客户就是个…"): those are the writer's announcement and judgement.
        const clause = s.slice(a, ce);
        // Nor what they may or must undergo ("逾期客户经我行申请可直接进入强制执行"): a claim of the writer's.
        if (/会|将|要|准备|打算|即将|马上|就是|是个|属于|如果|若|届时|明天|今晚|下周|可|能|有权|必须|须|需|应当|一律|直接/.test(clause)) continue;
        add(a, ce, 'reported');
      }
    }
  }

  // Statements of what the law or a court may do: their whole sentence.
  for (const [a] of matchesIn(k.lawful, s)) add(sentenceStart(s, a), sentenceEnd(s, a), 'lawful');

  // Questions in notes, replies and notices ("问：逾期会坐牢吗？") ask, they do not claim.
  if (genre !== 'message') {
    for (let i = 0; i < s.length; i++) {
      if (s[i] !== '?' && s[i] !== '？') continue;
      add(sentenceStart(s, i), i, 'asked');
    }
  }

  regions.sort((x, y) => x.start - y.start || y.end - x.end);
  const debt = k.debt.test(s);
  // Dialogue in quotation marks addresses somebody in the story, not the reader ("“你给我滚！”父亲…").
  let unquoted = s;
  for (let q = qs.length - 1; q >= 0; q--) unquoted = unquoted.slice(0, qs[q]![0]) + unquoted.slice(qs[q]![1]);
  const addressed = k.address.test(unquoted);
  if (!debt && !addressed) {
    // General legal statements ("…的，可以依法处以拘留", "敲诈勒索罪是指…", "法院…依法冻结"), in a
    // text about no debt and to nobody, state the law.
    for (const m of s.matchAll(/(?:的[，,](?:可以|可|应当|应|将|会|可能|依法|甚至)|是指|(?:法院|执行局|公安机关|检察院|司法机关)[^。！？!?]{0,12}依法)/g)) {
      add(sentenceStart(s, m.index!), sentenceEnd(s, m.index!), 'lawful');
    }
    regions.sort((x, y) => x.start - y.start || y.end - x.end);
  }
  return { genre, regions, debt, addressed, narration: !debt && ((!addressed && k.narration.test(s)) || k.otherTalk.test(s)) };
}

/** Whether [start, end) lies inside one of the regions. */
export function inRegion(d: Discourse, start: number, end: number): Region | null {
  for (const r of d.regions) {
    if (r.start > start) break;
    if (r.end >= end) return r;
  }
  return null;
}
