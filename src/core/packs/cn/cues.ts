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
  '属于诈骗',
  '是诈骗',
  '诈骗信息',
  '诈骗短信',
  '反诈',
  '违规用语',
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
 * ("你不还就坐牢": 不 … 就 …).
 */
export const breakers = '就则便否了吧但却';
