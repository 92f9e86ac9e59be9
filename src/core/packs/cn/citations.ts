// The rules' legal and regulatory bases, by id: a rule cites one of these (`source: CITATIONS.threat`)
// instead of repeating the text. Article numbers only where the research behind the pack marks them verified.

import type { LocalText } from '../../types';

export const CITATIONS = {
  threat: {
    zh: '《中华人民共和国刑法》第二百九十三条、第二百九十三条之一；《中华人民共和国治安管理处罚法》；《互联网金融逾期债务催收自律公约（试行）》',
    en: 'PRC Criminal Law Art. 293 and Art. 293-1; PRC Public Security Administration Punishments Law; NIFA Self-Discipline Convention on Collection of Overdue Internet-Finance Debts (2018)',
  },
  harassment: {
    zh: '《中华人民共和国刑法》第二百九十三条之一；《中华人民共和国民法典》第一千零三十三条；《中华人民共和国治安管理处罚法》；《互联网金融逾期债务催收自律公约（试行）》',
    en: 'PRC Criminal Law Art. 293-1; PRC Civil Code Art. 1033; PRC Public Security Administration Punishments Law; NIFA Self-Discipline Convention on Collection of Overdue Internet-Finance Debts (2018)',
  },
  privacy_disclosure: {
    zh: '《中华人民共和国个人信息保护法》第十条、第二十五条；《中华人民共和国民法典》第一千零三十三条、第一千零三十八条；《中华人民共和国治安管理处罚法》；中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》',
    en: 'Personal Information Protection Law of the PRC, Arts. 10 and 25; Civil Code of the PRC, Arts. 1033 and 1038; Public Security Administration Punishments Law; China Banking Association Guidelines on the Collection of Personal Consumer Loans (trial)',
  },
  contact_book: {
    zh: '《中华人民共和国刑法》第二百五十三条之一；《中华人民共和国个人信息保护法》第十三条、第二十三条；中国互联网金融协会《互联网金融逾期债务催收自律公约（试行）》',
    en: 'Criminal Law of the PRC, Art. 253-1; Personal Information Protection Law of the PRC, Arts. 13 and 23; NIFA Self-Discipline Convention on the Collection of Overdue Internet-Finance Debts (trial)',
  },
  misleading: {
    zh: '中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》（禁止虚构、夸大事实及法律后果）；《互联网金融逾期债务催收自律公约（试行）》',
    en: 'CBA Guideline on Collection of Personal Consumer Loans by Financial Institutions (Trial, 2026): no invented or exaggerated facts or legal consequences; NIFA Self-Discipline Convention on Collection of Overdue Internet-Finance Debts (Trial)',
  },
  misleading_criminal: {
    zh: '中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》（禁止夸大法律后果）；《中华人民共和国刑法》第二百九十三条之一；《互联网金融逾期债务催收自律公约（试行）》',
    en: 'CBA Guideline on Collection of Personal Consumer Loans (Trial, 2026): no exaggerated legal consequences; Criminal Law of the PRC, Art. 293-1; NIFA Self-Discipline Convention (Trial)',
  },
  impersonation: {
    zh: '《中华人民共和国刑法》第二百七十九条；《中华人民共和国治安管理处罚法》；中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》',
    en: 'Criminal Law of the PRC, Art. 279; Public Security Administration Punishments Law; CBA Guideline on Collection of Personal Consumer Loans by Financial Institutions (Trial, 2026)',
  },
  forged_document: {
    zh: '《中华人民共和国刑法》第二百八十条；中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》',
    en: 'Criminal Law of the PRC, Art. 280; CBA Guideline on Collection of Personal Consumer Loans by Financial Institutions (Trial, 2026)',
  },
  payment_channel: {
    zh: '中国互联网金融协会《互联网金融逾期债务催收自律公约（试行）》；中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》；中国互联网金融协会《互联网金融贷后催收业务指引》',
    en: 'NIFA Self-Discipline Convention on the Collection of Overdue Internet-Finance Debts (trial); China Banking Association Guidelines on the Collection of Personal Consumer Loans (trial); NIFA Guideline on Post-Loan Collection of Internet Finance (2024)',
  },
  insult: {
    zh: '《中华人民共和国刑法》第二百四十六条；《中华人民共和国民法典》第一千零二十五条；《中华人民共和国治安管理处罚法》；《互联网金融逾期债务催收自律公约（试行）》',
    en: 'Criminal Law of the PRC, Art. 246; Civil Code of the PRC, Art. 1025; Public Security Administration Punishments Law; NIFA Self-Discipline Convention on Collection of Overdue Internet-Finance Debts (Trial)',
  },
  pressure: {
    zh: '《互联网金融逾期债务催收自律公约（试行）》；中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》',
    en: 'NIFA Self-Discipline Convention on Collection of Overdue Internet-Finance Debts (2018); China Banking Association Guidelines on Collection of Personal Consumer Loans (2026)',
  },
  privacy: {
    zh: '《中华人民共和国民法典》第一千零三十二条、第一千零三十三条；《中华人民共和国个人信息保护法》第十条、第二十八条；中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》',
    en: 'Civil Code of the PRC, Arts. 1032 and 1033; Personal Information Protection Law of the PRC, Arts. 10 and 28; China Banking Association Guidelines on the Collection of Personal Consumer Loans (trial)',
  },
  third_party_disclosure: {
    zh: '中国互联网金融协会《互联网金融逾期债务催收自律公约（试行）》；GB/T 45251—2025《互联网金融 个人网络消费信贷 贷后催收风控指引》；中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》；《中华人民共和国个人信息保护法》第十条、第二十三条、第二十五条；《中华人民共和国民法典》第一千零三十八条',
    en: 'NIFA Self-Discipline Convention on the Collection of Overdue Internet-Finance Debts (trial); GB/T 45251-2025 Post-loan collection risk-control guideline; China Banking Association Guidelines on the Collection of Personal Consumer Loans (trial); Personal Information Protection Law of the PRC, Arts. 10, 23 and 25; Civil Code of the PRC, Art. 1038',
  },
} satisfies Record<string, LocalText>;
