// Strings shared by several surfaces.

export const common = {
  zh: {
    appName: 'CollectGuard 催收合规助手',
    audienceDebtor: '本人',
    audienceThirdParty: '第三方',
    audienceLabel: '收信人',
    compliant: '合规',
    segments: '{n}条短信',
    chars: '{n}字',
    close: '关闭',
    // why a message with an error was sent anyway (send guard, statistics)
    reason_false_positive: '规则误报',
    reason_customer_request: '客户要求或约定',
    reason_approved: '主管已批准',
    reason_other: '其他',
    pausedAll: '已暂停检查（所有网站）',
    pausedSite: '已在此网站暂停检查',
  },
  en: {
    appName: 'CollectGuard',
    audienceDebtor: 'Debtor',
    audienceThirdParty: 'Third party',
    audienceLabel: 'Recipient',
    compliant: 'Compliant',
    segments: '{n} SMS',
    chars: '{n} chars',
    close: 'Close',
    reason_false_positive: 'False alarm',
    reason_customer_request: 'The customer asked for it',
    reason_approved: 'Approved by a supervisor',
    reason_other: 'Other',
    pausedAll: 'Checking is paused on every site',
    pausedSite: 'Checking is paused on this site',
  },
};
