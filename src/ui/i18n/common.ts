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
    pausedAll: 'Checking is paused on every site',
    pausedSite: 'Checking is paused on this site',
  },
};
