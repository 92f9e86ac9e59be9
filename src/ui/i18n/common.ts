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
  },
};
