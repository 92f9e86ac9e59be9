// Texts of the cn pack's code checks (detectors and message structure) and its quiet hours.

import type { CheckId, CheckText, QuietHours } from '../../types';

const PIPL = { zh: '《中华人民共和国个人信息保护法》第十条、第二十八条', en: 'Personal Information Protection Law of the PRC, Arts. 10 and 28' };
const QUIET_SOURCE = {
  zh: '《互联网金融贷后催收业务指引》、GB/T 45251—2025、中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》：未经同意，22:00至次日8:00不得催收',
  en: 'NIFA 2024 collection guideline, GB/T 45251-2025 and the CBA 2026 guideline: no collection 22:00–08:00 without consent',
};

export const quietHours: QuietHours = { error: { start: 22 * 60, end: 8 * 60 }, warning: { start: 21 * 60, end: 22 * 60 } };

export const checks: Record<CheckId, CheckText> = {
  id_card: {
    id: 'cn.privacy.id_card',
    message: { zh: '短信中出现完整的身份证号码，属于敏感个人信息', en: 'The message contains a full resident ID number, which is sensitive personal information' },
    suggestion: { zh: '尾号{last4}', en: 'ending {last4}' },
    source: PIPL,
  },
  bank_card: {
    id: 'cn.privacy.bank_card',
    message: { zh: '短信中出现完整的银行卡号，属于敏感个人信息', en: 'The message contains a full bank-card number, which is sensitive personal information' },
    suggestion: { zh: '尾号{last4}', en: 'ending {last4}' },
    source: PIPL,
  },
  identity: {
    id: 'cn.identity.sender',
    message: { zh: '未表明发送机构：请在开头加【短信签名】或写明平台/公司名称', en: 'The sender is not identified: start with a 【signature】 or name the platform or company' },
    source: { zh: '《互联网金融逾期债务催收自律公约（试行）》：催收时应表明所代表的机构', en: 'NIFA collection convention (2018): state the institution you represent' },
  },
  identity_signature: {
    id: 'cn.identity.signature',
    message: { zh: '缺少本机构的短信签名{signature}', en: 'The organisation signature {signature} is missing' },
    source: { zh: '机构短信规范：催收短信须带本机构签名', en: 'Organisation SMS policy: collection SMS carry the organisation signature' },
  },
  channel: {
    id: 'cn.channel.contact',
    message: { zh: '未给出官方还款渠道或客服联系方式', en: 'No official repayment channel or customer-service contact is given' },
    source: { zh: '《商业银行信用卡业务监督管理办法》：催收函件应载明还款、异议与联系方式', en: 'CBRC credit-card measures (2011): collection letters state how to repay, dispute and contact the bank' },
  },
  length: {
    id: 'cn.length.segments',
    message: { zh: '共{chars}字（含签名），按{segments}条短信计费', en: '{chars} characters (signature included): billed as {segments} SMS' },
    source: { zh: '运营商短信计费规则：70字以内1条，超出按每67字1条', en: 'Carrier billing: up to 70 characters is one SMS, longer messages 67 characters per part' },
  },
  length_max: {
    id: 'cn.length.max',
    message: { zh: '共{chars}字，超过短信模板上限{max}字', en: '{chars} characters: over the {max}-character SMS template limit' },
    source: { zh: '短信平台模板规则：单条模板不超过500字', en: 'SMS gateway template rules: at most 500 characters' },
  },
  time_window_error: {
    id: 'cn.time_window.quiet_hours',
    message: { zh: '当前时间{time}处于禁止催收时段（{from}–{to}），未经债务人同意不得发送', en: 'It is {time}, inside the no-collection hours ({from}–{to}): do not send without the debtor’s consent' },
    source: QUIET_SOURCE,
  },
  time_window_warning: {
    id: 'cn.time_window.late_evening',
    message: { zh: '当前时间{time}已接近禁止催收时段（{from}–{to}），建议改到白天发送', en: 'It is {time}, close to the no-collection hours ({from}–{to}): consider sending in the daytime' },
    source: { zh: '保守缓冲时段（非法定要求），可在设置中调整', en: 'A conservative buffer, not a legal rule; configurable in the settings' },
  },
  model: {
    id: 'cn.model',
    message: {
      zh: '模型判断（并非规则命中）：这段话读起来像「{label}」类违规催收话术，请人工复核，必要时改用平和、真实的表述',
      en: 'A judgement of the model, not a rule: this reads like non-compliant collection wording ({label}); review it, and rephrase it calmly and truthfully if needed',
    },
    source: {
      zh: 'CollectGuard 语料模型：从已标注的违规与合规催收短信中学习，未被具体规则覆盖时提示人工复核',
      en: 'CollectGuard corpus model: learned from labelled compliant and non-compliant collection SMS; flags wording no specific rule covers, for review',
    },
  },
};
