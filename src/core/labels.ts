// Human names of categories and severities, for every surface that shows findings (CLI, page,
// popup, options).

import type { Category, LocalText, Severity } from './types';

export const CATEGORY_LABELS: Record<Category, LocalText> = {
  threat: { zh: '威胁恐吓', en: 'Threat' },
  insult: { zh: '侮辱谩骂', en: 'Insult' },
  impersonation: { zh: '冒充公检法', en: 'Impersonation' },
  misleading: { zh: '虚假后果', en: 'Misleading' },
  exposure: { zh: '曝光威胁', en: 'Exposure' },
  harassment: { zh: '骚扰', en: 'Harassment' },
  third_party_disclosure: { zh: '向第三方泄露', en: 'Third-party disclosure' },
  privacy: { zh: '隐私信息', en: 'Privacy' },
  payment_channel: { zh: '非官方还款渠道', en: 'Payment channel' },
  pressure: { zh: '不当施压', en: 'Pressure' },
  identity: { zh: '身份标识', en: 'Sender identity' },
  channel: { zh: '联系渠道', en: 'Contact channel' },
  time_window: { zh: '发送时段', en: 'Send time' },
  length: { zh: '短信长度', en: 'Length' },
};

export const SEVERITY_LABELS: Record<Severity, LocalText> = {
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  info: { zh: '提示', en: 'info' },
};
