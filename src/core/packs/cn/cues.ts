// Context cues of the cn pack: words that, just before a match in the same clause, make it a
// negation or promise ("我们不会上门"), and words that mark an anti-fraud or rule-explaining
// sentence ("谨防不法分子冒充公安"), where quoted scam wording is benign.

/** Negation and promise cues; they must end at most a few characters before the match, in its clause. */
export const negations: string[] = [
  '不会',
  '不再',
  '不用',
  '无需',
  '无须',
  '不必',
  '绝不',
  '决不',
  '绝对不',
  '从不',
  '从未',
  '从来不',
  '从没',
  '严禁',
  '禁止',
  '不得',
  '杜绝',
  '拒绝',
  '不允许',
  '不存在',
  '并不',
  '并非',
  '并没有',
  '不涉及',
  '不属于',
  '不是',
  '没有',
  '切勿',
  '请勿',
  '不要相信',
  '不可能',
  '不会有',
  '坚决反对',
  '反对',
  '抵制',
  '不采取',
  '不采用',
  '不使用',
  '不做',
  '不对',
  '不向',
  '不予',
  '无权',
  '无需担心',
  '不必担心',
];

/**
 * Anti-fraud and rule-explaining cues: in the same sentence before (or shortly after) a match they
 * mark quoted wording, not a claim of the sender.
 */
export const protective: string[] = [
  '谨防',
  '警惕',
  '提防',
  '防范',
  '冒充',
  '假冒',
  '仿冒',
  '冒用',
  '冒名',
  '自称',
  '骗子冒充',
  '以防上当',
  '谨慎识别',
  '切勿相信',
  '请勿相信',
  '不要轻信',
  '切勿轻信',
  '请勿轻信',
  '均为诈骗',
  '都是诈骗',
  '诈骗信息',
  '诈骗短信',
  '反诈',
  '防诈',
  '一词',
  '字样',
  '话术',
  '请立即挂断',
  '立即挂断',
  '违规用语',
  '均非我司',
  '并非我司',
  '非我司',
  '不是我司',
  '不代表我司',
  '制造恐慌',
  '恐吓话术',
  '诈骗话术',
  '骗子会说',
  '骗子常说',
  '骗子可能会说',
  '不法催收',
  '违规催收',
  '暴力催收',
  '禁用语',
  '不文明用语',
  '等字眼',
  '等用语',
  '等词语',
  '等措辞',
  '等说法',
];

/**
 * Words that, between a negation cue and the match, show the cue governs something else
 * ("你不还就坐牢": 不 … 就 …; "你拒绝还款我们上门": a new subject; "没有还款的话": a condition).
 */
export const breakers: string[] = ['就', '则', '便', '否', '了', '吧', '但', '却', '我们', '我司', '本司', '的话', '要是', '如果', '那么', '再不', '还不'];

/** Questions and idioms that contain a negation cue but negate nothing. */
export const falseNegations: string[] = ['是不是', '会不会', '能不能', '要不要', '还不是', '可不是', '不是吗', '不会吧', '是不会', '难道不是'];
