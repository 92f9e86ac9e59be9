// Strings of the template surfaces: the popup, the in-page quick-insert picker and the custom
// template manager (mounted by the options page).

export const popup = {
  zh: {
    // popup: list
    popSearchPlaceholder: '搜索，如“逾期”或 scyq',
    // popup: target and site
    popTargetField: '将插入到 {host} 的「{label}」',
    popTargetFieldNoLabel: '将插入到 {host} 的输入框',
    popNoTarget: '未检测到输入框：请先点一下网页中的短信输入框，或复制后粘贴',
    popPauseSite: '在此网站暂停',
    popPausedAllHint: '在设置 › 网站中恢复',
    popPauseSiteTitle: '暂停后 CollectGuard 不再检查 {host} 上的输入',
    popOutOfScope: '{host} 不在检查范围内：CollectGuard 在此网站不检查、不拦截。检查范围由「设置 → 网站 → 只在这些网站检查」决定；模板仍可复制使用。',
    popManage: '管理模板',
    // popup: form and preview
    popPickTemplate: '从左侧选择一个模板',
    popPickHint: '↑↓ 选择 · Enter 打开 · 填写后按 Enter 插入',
    popFillIn: '填写内容',
    popPreview: '短信预览',
    popInsertTitle: '插入到网页输入框（Enter）',
    popCopy: '复制',
    popCopied: '已复制，可直接粘贴到输入框',
    popCopyFailed: '复制失败，请选中预览文字后手动复制',
    popInserted: '已插入到输入框',
    popMissing: '请先填写：{fields}',
    popInvalid: '请先修改：{fields}',
    popInsertNoField: '没有可插入的输入框：请先点一下网页中的短信输入框再试，或点「复制」后粘贴',
    popInsertGone: '之前的输入框已不在页面上：请重新点一下输入框，或点「复制」后粘贴',
    popInsertRefused: '网页没有接受插入：请点「复制」后手动粘贴',
    // variable checks
    // in-page quick insert
    // template manager (options page)
    // import / validation problems
  },
  en: {
    popSearchPlaceholder: 'Search, e.g. overdue or scyq',
    popTargetField: 'Inserts into “{label}” on {host}',
    popTargetFieldNoLabel: 'Inserts into the text field on {host}',
    popNoTarget: 'No text field known: click into the message box on the page first, or copy and paste',
    popPauseSite: 'Pause on this site',
    popPausedAllHint: 'Resume in Settings › Sites',
    popPauseSiteTitle: 'While paused, CollectGuard does not check what you type on {host}',
    popOutOfScope: '{host} is out of scope: CollectGuard does not check or stop anything on this site. The sites it checks are set under Settings → Sites → Check only on these sites; templates can still be copied.',
    popManage: 'Manage templates',
    popPickTemplate: 'Choose a template on the left',
    popPickHint: '↑↓ choose · Enter open · fill in, then Enter inserts',
    popFillIn: 'Fill in',
    popPreview: 'Preview',
    popInsertTitle: 'Insert into the page’s text field (Enter)',
    popCopy: 'Copy',
    popCopied: 'Copied — paste it into the message box',
    popCopyFailed: 'Copy failed; select the preview text and copy it by hand',
    popInserted: 'Inserted into the text field',
    popMissing: 'Fill in first: {fields}',
    popInvalid: 'Correct first: {fields}',
    popInsertNoField: 'No text field to insert into: click into the page’s message box and try again, or Copy and paste',
    popInsertGone: 'That text field is no longer on the page: click into the message box again, or Copy and paste',
    popInsertRefused: 'The page did not accept the insert: Copy and paste it by hand',
  },
};
