// The built-in templates, as data. Written after the guidance collection-compliance guides give
// (see ../../shared/domain/seed-guide.txt and regulations.md A15): identify the sender (【签名】 and
// the platform), state principal, interest and total with the deadline for the debtor, give the
// official repayment channel and the customer-service number, add a humane line. Tones: 温和
// (gentle), 标准 (standard), 坚定 (firm) — firm states facts and lawful, truthful consequences
// (credit reporting), never threats. Messages to an emergency contact carry no amount, no overdue
// days and no request to pay.
//
// A unit test renders every template with realistic values and requires no error or warning
// finding from the engine for its audience and no more segments than `segments` declares.

import type { LocalText } from '../core/types';
import type { Template } from './types';

export { SCENARIOS, SCENARIO_BY_ID, TONES, TONE_NAMES } from './scenarios';

const DEADLINE: LocalText = { zh: '还款期限', en: 'Pay by' };

type Def = Omit<Template, 'builtin' | 'audience'> & { audience?: Template['audience'] };

const DEFS: Def[] = [
  // ---- 到期前提醒 --------------------------------------------------------------------------
  {
    id: 'pre_due.gentle',
    scenario: 'pre_due',
    tone: 'gentle',
    segments: 2,
    body:
      '【{platform}】{salutation}您好，您在{platform}的借款将于{dueDate}到期，应还{total}（本金{principal}，利息{interest}）。' +
      '请留意账户余额，通过{channel}按时还款。如有疑问请致电官方客服{hotline}。祝您生活愉快！',
  },
  {
    id: 'pre_due.standard',
    scenario: 'pre_due',
    tone: 'standard',
    segments: 2,
    body:
      '【{platform}】{salutation}您好，您在{platform}的借款将于{dueDate}到期，应还{total}，其中本金{principal}、利息{interest}。' +
      '请于到期日前通过{channel}完成还款，客服电话{hotline}。如已还款请忽略。',
  },

  // ---- 首次逾期 ----------------------------------------------------------------------------
  {
    id: 'first_overdue.gentle',
    scenario: 'first_overdue',
    tone: 'gentle',
    segments: 3,
    labels: { dueDate: DEADLINE },
    body:
      '【{platform}】{salutation}您好，您在{platform}的借款已逾期{overdueDays}天，应还{total}（本金{principal}，利息{interest}）。' +
      '可能是您一时疏忽，请于{dueDate}前通过{channel}还款。如有困难可致电官方客服{hotline}[（工号{agentId}）]，我们愿意帮您想办法。如已还款请忽略。',
  },
  {
    id: 'first_overdue.standard',
    scenario: 'first_overdue',
    tone: 'standard',
    segments: 2,
    labels: { dueDate: DEADLINE },
    body:
      '【{platform}】{salutation}您好，您在{platform}的借款已逾期{overdueDays}天，应还{total}（本金{principal}，利息{interest}）。' +
      '请于{dueDate}前通过{channel}还款，如有疑问请致电官方客服{hotline}。如已还款请忽略。',
  },
  {
    id: 'first_overdue.firm',
    scenario: 'first_overdue',
    tone: 'firm',
    segments: 2,
    labels: { dueDate: DEADLINE },
    body:
      '【{platform}】{salutation}，您在{platform}的借款已逾期{overdueDays}天，尚欠{total}（本金{principal}，利息{interest}），' +
      '请务必于{dueDate}前通过{channel}还清。逾期信息将依法报送征信系统，可能影响您的个人信用记录。如有异议请致电官方客服{hotline}。',
  },

  // ---- 多次逾期 ----------------------------------------------------------------------------
  {
    id: 'repeat_overdue.gentle',
    scenario: 'repeat_overdue',
    tone: 'gentle',
    segments: 2,
    labels: { dueDate: DEADLINE },
    body:
      '【{platform}】{salutation}您好，您在{platform}的借款已逾期{overdueDays}天，应还{total}（本金{principal}，利息{interest}）。' +
      '我们理解您可能遇到了困难，请于{dueDate}前通过{channel}还款，或致电官方客服{hotline}商量分期等方案，我们愿意和您一起想办法。',
  },
  {
    id: 'repeat_overdue.standard',
    scenario: 'repeat_overdue',
    tone: 'standard',
    segments: 2,
    labels: { dueDate: DEADLINE },
    body:
      '【{platform}】{salutation}您好，您在{platform}的借款已逾期{overdueDays}天，我们此前已多次提醒，目前应还{total}（本金{principal}，利息{interest}）。' +
      '请于{dueDate}前通过{channel}还款；如确有困难，可致电官方客服{hotline}[（工号{agentId}）]申请协商还款。',
  },
  {
    id: 'repeat_overdue.firm',
    scenario: 'repeat_overdue',
    tone: 'firm',
    segments: 2,
    labels: { dueDate: DEADLINE },
    body:
      '【{platform}】{salutation}，您在{platform}的借款已逾期{overdueDays}天，经多次提醒仍未还款，应还{total}（本金{principal}，利息{interest}）。' +
      '请务必于{dueDate}前通过{channel}还款。逾期信息将依法报送征信系统，我司保留依法追偿的权利。客服电话{hotline}。',
  },

  // ---- 紧急联系人转告 (third party: no amount, no overdue days, no request to pay) -----------
  {
    id: 'contact_notice.gentle',
    scenario: 'contact_notice',
    tone: 'gentle',
    audience: 'third_party',
    segments: 1,
    labels: { salutation: { zh: '联系人称呼', en: 'Contact’s salutation' } },
    body: '【{platform}】{salutation}您好，我们是{platform}客服，有事需与{contactName}联系，烦请您方便时转告其回电{hotline}。打扰您了，感谢您的帮助！',
  },
  {
    id: 'contact_notice.standard',
    scenario: 'contact_notice',
    tone: 'standard',
    audience: 'third_party',
    segments: 1,
    labels: { salutation: { zh: '联系人称呼', en: 'Contact’s salutation' } },
    body: '【{platform}】{salutation}您好，这里是{platform}客服，近期无法与{contactName}取得联系，请您转告其尽快回电{hotline}。如不认识此人请忽略，谢谢。',
  },

  // ---- 协商分期 ----------------------------------------------------------------------------
  {
    id: 'instalment.gentle',
    scenario: 'instalment',
    tone: 'gentle',
    segments: 2,
    labels: { dueDate: { zh: '首期还款日', en: 'First instalment due' }, total: { zh: '待还总额', en: 'Outstanding' } },
    body:
      '【{platform}】{salutation}您好，了解到您近期还款有困难，我们可为您办理分期：待还{total}可分{periods}期，每期{instalment}，首期还款日为{dueDate}。' +
      '如需办理，请通过{channel}申请或致电官方客服{hotline}，我们会尽力帮您。',
  },
  {
    id: 'instalment.standard',
    scenario: 'instalment',
    tone: 'standard',
    segments: 2,
    labels: { dueDate: { zh: '首期还款日', en: 'First instalment due' }, total: { zh: '待还总额', en: 'Outstanding' } },
    body:
      '【{platform}】{salutation}您好，您在{platform}的待还金额{total}可申请协商分期：分{periods}期，每期{instalment}，首期请于{dueDate}前还款。' +
      '办理请通过{channel}或致电官方客服{hotline}[（工号{agentId}）]。',
  },

  // ---- 减免优惠 (truthful: approved amount, with its deadline) ------------------------------
  {
    id: 'reduction.gentle',
    scenario: 'reduction',
    tone: 'gentle',
    segments: 2,
    labels: { dueDate: { zh: '优惠截止日', en: 'Offer ends' } },
    body:
      '【{platform}】{salutation}您好，经审核，您可申请一次性还款减免：原应还{total}，减免{reduction}后实还{payable}，需在{dueDate}前还清方可享受。' +
      '请通过{channel}还款，详情请致电官方客服{hotline}咨询。',
  },
  {
    id: 'reduction.standard',
    scenario: 'reduction',
    tone: 'standard',
    segments: 2,
    labels: { dueDate: { zh: '优惠截止日', en: 'Offer ends' } },
    body:
      '【{platform}】{salutation}您好，您在{platform}的借款当前应还{total}。经审核，若您于{dueDate}前一次性还清，可减免{reduction}，实还{payable}；' +
      '逾期未还清则按原金额计算。请通过{channel}还款，客服电话{hotline}。',
  },

  // ---- 节假日问候 --------------------------------------------------------------------------
  {
    id: 'holiday.gentle',
    scenario: 'holiday',
    tone: 'gentle',
    segments: 2,
    body:
      '【{platform}】{salutation}您好，{holiday}将至，{platform}祝您节日快乐！温馨提示：您的借款将于{dueDate}到期，应还{total}，' +
      '请通过{channel}按时还款。客服电话{hotline}。',
  },
  {
    id: 'holiday.standard',
    scenario: 'holiday',
    tone: 'standard',
    segments: 2,
    body:
      '【{platform}】{salutation}您好，{holiday}期间官方客服{hotline}正常服务。您的借款应还{total}，还款日为{dueDate}，' +
      '请提前通过{channel}安排还款。祝您节日愉快！',
  },

  // ---- 承诺还款跟进 ------------------------------------------------------------------------
  {
    id: 'promise_followup.gentle',
    scenario: 'promise_followup',
    tone: 'gentle',
    segments: 2,
    labels: { dueDate: { zh: '约定还款日', en: 'Promised date' }, total: { zh: '约定金额', en: 'Promised amount' } },
    body:
      '【{platform}】{salutation}您好，感谢您与我们约定于{dueDate}还款{total}。温馨提醒您届时通过{channel}完成还款，' +
      '如计划有变请提前致电官方客服{hotline}[（工号{agentId}）]，我们一起商量。',
  },
  {
    id: 'promise_followup.standard',
    scenario: 'promise_followup',
    tone: 'standard',
    segments: 2,
    labels: { dueDate: { zh: '约定还款日', en: 'Promised date' }, total: { zh: '约定金额', en: 'Promised amount' } },
    body:
      '【{platform}】{salutation}您好，您此前约定于{dueDate}还款{total}，目前我们尚未收到款项。请尽快通过{channel}完成还款；' +
      '如已还款请忽略，如有困难请致电官方客服{hotline}。',
  },
  {
    id: 'promise_followup.firm',
    scenario: 'promise_followup',
    tone: 'firm',
    segments: 2,
    labels: { dueDate: { zh: '约定还款日', en: 'Promised date' }, total: { zh: '约定金额', en: 'Promised amount' } },
    body:
      '【{platform}】{salutation}，您约定于{dueDate}还款{total}，截至目前仍未还款，借款已逾期{overdueDays}天。请尽快通过{channel}还款，' +
      '逾期信息将依法报送征信系统。如有异议请致电官方客服{hotline}。',
  },

  // ---- 还款确认 ----------------------------------------------------------------------------
  {
    id: 'repaid.gentle',
    scenario: 'repaid',
    tone: 'gentle',
    segments: 2,
    labels: { dueDate: { zh: '还款日期', en: 'Paid on' }, total: { zh: '还款金额', en: 'Amount paid' } },
    body:
      '【{platform}】{salutation}您好，您于{dueDate}还款{total}已到账，您在{platform}的借款已全部结清。感谢您的信任与配合！' +
      '如需结清证明可通过{channel}申请，客服电话{hotline}。',
  },
  {
    id: 'repaid.standard',
    scenario: 'repaid',
    tone: 'standard',
    segments: 2,
    labels: { dueDate: { zh: '还款日期', en: 'Paid on' }, total: { zh: '还款金额', en: 'Amount paid' } },
    body:
      '【{platform}】{salutation}您好，已收到您于{dueDate}的还款{total}，感谢配合。如有剩余待还款项，请以{channel}显示的账单为准，' +
      '客服电话{hotline}。',
  },
];

export const BUILTIN_TEMPLATES: readonly Template[] = DEFS.map((d) => ({
  ...d,
  audience: d.audience ?? 'debtor',
  builtin: true,
}));
