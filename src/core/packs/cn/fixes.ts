// How the cn pack's findings are fixed (src/core/fix.ts), and which category a finding on words
// that fit several is filed under.

import type { Category, FixSpec } from '../../types';

const clause = (zh: string, en: string): FixSpec => ({ unit: 'clause', replacement: { zh, en } });

export const fixes: Partial<Record<Category, FixSpec>> = {
  // An insult goes with its address term (你这个老赖还不还 → 您还不还; a clause that is nothing
  // more, 你这个老赖， → 您好，), a name-calling greeting becomes a polite one (老赖您好 → 尊敬的客户
  // 您好), elsewhere its clause goes.
  insult: {
    unit: 'address',
    replacement: { zh: '您', en: 'you' },
    greeting: { zh: '您好', en: 'hello' },
    vocative: { zh: '尊敬的客户', en: 'dear customer' },
    clause: { zh: '请您尽快处理', en: 'please deal with it soon' },
  },
  threat: clause('请尽快还款，以免影响您的信用记录', 'please repay soon so that your credit record is not affected'),
  harassment: clause('我们会在合适的时间与您联系', 'we will contact you at a suitable time'),
  exposure: clause('我们只会与您本人沟通此事', 'we will discuss this with you only'),
  misleading: clause('逾期可能产生罚息并影响您的信用记录', 'late payment may incur penalty interest and affect your credit record'),
  impersonation: clause('请尽快与我们联系处理', 'please contact us soon to settle it'),
  pressure: clause('逾期可能影响您的信用记录', 'late payment may affect your credit record'),
  // What a phrase rule cannot fix in place (我们知道你住哪) goes with its clause.
  privacy: clause('请尽快还款，以免影响您的信用记录', 'please repay soon so that your credit record is not affected'),
  payment_channel: clause('请通过官方APP或对公账户还款', 'please repay through the official app or the company account'),
  // To a contact, every wrong clause becomes the one thing a contact may be asked.
  third_party_disclosure: {
    unit: 'clause',
    replacement: { zh: '请转告本人尽快与我们联系', en: 'please ask them to contact us soon' },
    advice: { zh: '也可改用「紧急联系人转告」模板', en: 'or use the "emergency contact" template' },
  },
};

/** In a message to a contact, what replaces any wrong clause: no debt, no pressure, a call-back. */
export const thirdPartyClause = fixes.third_party_disclosure!.replacement!;

/**
 * One act, one category. Violence or a menacing visit is a threat first; posing as the police is
 * impersonation even when it threatens; a false legal consequence is misleading, even when the
 * invented power is one to publish or to tell ("根据协议平台有权公开您的信息", "信息同步至各大航空公司
 * 和铁路系统"); telling third parties is exposure even when it is repeated; what is left is the
 * lesser wrong.
 */
export const categoryOrder: Category[] = [
  'threat',
  'impersonation',
  'misleading',
  'exposure',
  'harassment',
  'payment_channel',
  'third_party_disclosure',
  'privacy',
  'insult',
  'pressure',
];
