// Design tokens every surface shares (the in-page overlay, the popup, the options page): the font
// stack with CJK fallbacks and the severity colours (UX.md: red errors, amber warnings, blue info).

export const FONT_STACK =
  'system-ui, -apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif';

export const SEVERITY_COLORS = {
  error: '#d93025',
  warning: '#d97706',
  info: '#1a73e8',
} as const;
