// Suggests who a message is addressed to, so messages to an emergency contact or relative are
// checked for disclosure even when the agent did not say so. `classifyAudience` also says when the
// text does not tell: a message about a debt that names no recipient either way. The page then asks
// the agent rather than guess; the CLI, which cannot ask, treats it as the borrower's.

import { simplified } from './normalize';
import type { Audience } from './types';

const KIN =
  '(父亲|母亲|爸爸|妈妈|爸|妈|老公|老婆|丈夫|妻子|爱人|配偶|前妻|前夫|儿子|女儿|孩子|小孩|孙子|孙女|侄子|侄女|外甥女|外甥|女婿|儿媳|哥哥|姐姐|弟弟|妹妹|大哥|嫂子|姐夫|妹夫|兄弟|姐妹|表弟|表妹|表哥|表姐|堂弟|堂妹|堂哥|堂姐|亲属|亲戚|家人|家属|朋友|好友|同事|领导|上司|员工|同学|室友|租客|舅舅|叔叔|阿姨|姑姑|岳父|岳母|公公|婆婆|女朋友|男朋友|对象|那口子|那位|哥|姐|弟|妹)';
/** He or she, not 其他 / 他人 / 吉他. */
const PRONOUN = '((?<![其吉])(他|她)(?!人)|ta)';
/** Someone other than the reader, as a request names them. */
const THIRD = `(${PRONOUN}|其(?![他它余中实])|该客户|该用户|借款人|当事人|本人)`;
const SURNAME =
  '(欧阳|司马|诸葛|张|王|李|赵|刘|陈|杨|黄|周|吴|徐|孙|马|朱|胡|郭|何|林|高|罗|郑|梁|谢|宋|唐|许|韩|冯|邓|曹|彭|曾|肖|田|董|袁|潘|于|蒋|蔡|余|杜|叶|程|苏|魏|吕|丁|任|沈|姚|卢|姜|崔|钟|谭|陆|汪|范|金|石|廖|贾|夏|韦|付|方|白|邹|孟|熊|秦|邱|江|尹|薛|闫|段|雷|侯|龙|史|陶|黎|贺|顾|毛|郝|龚|邵|万|钱|严|覃|武|戴|莫|孔|向|汤|施)';
/** A person named with a title or a placeholder: 刘先生, 李某某, 王总. */
const TITLED = `(${SURNAME}(某某|某|先生|女士|小姐|总))`;
/** A person named as a request names them: 张伟, 刘先生, 小林. */
const NAMED = `(${TITLED}|${SURNAME}[\\p{Script=Han}]{1,2}|小[\\p{Script=Han}])`;
/** Words about a debt and its terms. */
const DEBT = '(借款|欠款|贷款|车贷|网贷|信用卡|账单|逾期|欠|还款|未还|没还|不还|应还|拖欠|分期|本金|利息|欠费|代偿|偿还|还钱)';
/** Within one clause. */
const CLAUSE = '[^，,。！？!?；;：:\\n]';
/** Within one clause, not about the reader. */
const NOT_READER = '[^，,。！？!?；;：:\\n您你]';
/** Where a clause starts: the text's start, punctuation, a space or a greeting. */
const CLAUSE_START = '(?<=^|[，,。！？!?；;：:\\s~～]|您好|你好|好)';
/** A request to the reader. */
const ASK = '(请|麻烦|烦请|劳烦|希望|能否|能不能|可否|帮忙|代为|帮我们|想请)';

const THIRD_PARTY_CUES: RegExp[] = [
  // "您是张三的紧急联系人", "您作为他的联系人"
  new RegExp(`(您|你)(是|作为)${CLAUSE}{0,8}(紧急)?(联系人|联络人|担保人|保证人)`, 'u'),
  // "您是张三的母亲", "请问是周敏的父亲吗", "你是刘强老婆吧"
  new RegExp(`(您|你|请问)(是|作为)${CLAUSE}{1,6}${KIN}`, 'u'),
  // The reader's relative and their debt: "您儿子欠款…", "你老公欠…", "您的同事赵强在本平台…"
  new RegExp(`${CLAUSE_START}(您|你)(的|家|们家|家的)?${KIN}${NOT_READER}{0,10}(${DEBT}|在(我司|我们|本平台|平台|我行)|名下|的事)`, 'u'),
  // A relative named as the subject: "嫂子好，大哥在随心花的账单已经逾期"
  new RegExp(`${CLAUSE_START}${KIN}在${NOT_READER}{1,8}${DEBT}`, 'u'),
  // Relaying: "请转告他", "麻烦转告王强", "如不便转告"
  new RegExp(`(${ASK}(您|你)?(帮忙|代为|方便时)?(转告|转达|带个话|传达)|(转告|转达)(${THIRD}|${NAMED}|一声|一下)|不便转告)`, 'u'),
  // "帮忙提醒他", "请您督促其还款", "麻烦您叫他回个电话", "你劝劝他"
  new RegExp(`(${ASK}|你|您)(您|你)?(帮忙|代为|帮我们|方便时)?(提醒|督促|催促|催催|劝劝|劝|通知|告知|叫|让|联系|告诉)(一下|一声)?(您|你)?(的|家)?(${THIRD}|${NAMED}|${KIN})`, 'u'),
  // "让他回个电话", "请她方便时回电", "跟王磊说一声"
  new RegExp(`(让|叫|请)${PRONOUN}${CLAUSE}{0,6}(回电|回个电话|回复|联系|处理|查看|还)`, 'u'),
  new RegExp(`(跟|和|同)(${PRONOUN}|${NAMED})(说|讲)(一声|一下|清楚)?`, 'u'),
  // Repaying for someone: "请您代为偿还", "请您代周凯偿还欠款", "你先帮他转过来"
  new RegExp(`(您|你)${CLAUSE}{0,4}代(为|其|他|她|${NAMED})?(偿还|还款|清偿|履行|垫付|还)`, 'u'),
  new RegExp(`(帮|替)${PRONOUN}(还|垫|转|把|销账)`, 'u'),
  // Someone else's debt: "他在我司的借款已逾期", "她欠款…"
  new RegExp(`${PRONOUN}(们)?${NOT_READER}{0,8}${DEBT}`, 'u'),
  // A named person's debt: "张伟在我司的借款", "黎先生有一笔车贷逾期", "小杰在我们这借的…"
  new RegExp(`${TITLED}(在|于)?(我司|本平台|平台|我行|我们这儿?)?(的|有一笔|名下)?${DEBT}`, 'u'),
  new RegExp(`${NAMED}在(我司|本平台|平台|我行|我们这儿?)${NOT_READER}{0,8}${DEBT}`, 'u'),
  // An employer: "贵单位员工…", "贵司员工"
  /贵(单位|司|公司|部门)(的)?(员工|职员|雇员|人事|财务)/u,
  new RegExp(`(联系不上|联系不到|无法联系|无法联系上|失联|找不到|打不通)${THIRD}`, 'u'),
  new RegExp(`${THIRD}(留|预留|填写)(的|了)?(是)?(您|你)(的)?(电话|号码|手机|联系方式)`, 'u'),
  new RegExp(`(紧急联系人|联系人)(您好|你好)`, 'u'),
];

/** The reader is addressed: "您", "你", a greeting by name or title ("王女士，", "周哥"). */
const ADDRESSED = new RegExp(`(您|你|恁|贵)|^(【[^】]*】)?\\s*(${TITLED}|${SURNAME}(哥|姐|总|老师|师傅)|老哥|兄弟|美女|帅哥|亲)[，,！!\\s]`, 'u');
/** Someone other than the reader is named or pointed at. */
const SOMEONE = new RegExp(`${TITLED}|${PRONOUN}|${SURNAME}[\\p{Script=Han}]{1,2}(?=的|在|欠|于)|${KIN}`, 'u');
const TALKS_OF_DEBT = new RegExp(DEBT, 'u');

/** A cue in a clause that denies or forbids it ("我们不会联系您的家人", "不得要求联系人代偿") does not count. */
const NEGATED = /(不会|不得|禁止|无需|不需|不用|不必|没有|不要|绝不|不能|切勿|谨防|严禁|不再)[^，,。！？!?；;\n]*$/u;

function cue(re: RegExp, text: string): boolean {
  const g = new RegExp(re.source, `${re.flags}g`);
  for (let m = g.exec(text); m; m = g.exec(text)) {
    const clause = text.slice(Math.max(0, m.index - 30), m.index);
    if (!NEGATED.test(clause)) return true;
    if (m[0].length === 0) g.lastIndex++;
  }
  return false;
}

/** Folding that keeps punctuation (clauses matter here): Simplified characters, no spacing inside words. */
function normalise(text: string): string {
  return simplified(text.normalize('NFKC'))
    .replace(/[\u200b-\u200f\u2060\ufeff]/g, '')
    .replace(/(?<=\p{Script=Han})[\s*·_~\-]+(?=\p{Script=Han})/gu, '');
}

/**
 * Who the message is for: 'third_party' when it addresses a relative, colleague, employer or
 * emergency contact (or speaks of someone else's debt); 'debtor' when it addresses the borrower or
 * is not about a debt at all; 'unsure' when it speaks of a debt without saying whose.
 */
export function classifyAudience(text: string): Audience | 'unsure' {
  const t = normalise(text);
  if (THIRD_PARTY_CUES.some((re) => cue(re, t))) return 'third_party';
  // A debt, nobody addressed, someone else named: whose debt it is the agent knows, we do not.
  return TALKS_OF_DEBT.test(t) && !ADDRESSED.test(t) && SOMEONE.test(t) ? 'unsure' : 'debtor';
}

/** 'third_party' when the message addresses a relative, colleague or emergency contact; else 'debtor'. */
export function detectAudience(text: string): Audience {
  return classifyAudience(text) === 'third_party' ? 'third_party' : 'debtor';
}
