// cn pack, category `harassment`: pestering conduct announced in the message — call and SMS
// bombing, calling until the debtor picks up, night calls, "you won't sleep", repeated visits,
// following and watching. Positives are realistic collection SMS (many with evasive spellings);
// negatives are compliant messages with look-alike words, negations and anti-fraud notices.

import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/core/index';

const CATEGORY = 'harassment';
const flagged = (text: string) =>
  lint(text, { audience: 'debtor' }).filter(
    (f) => f.category === CATEGORY && (f.severity === 'error' || f.severity === 'warning'),
  );

const positives: string[] = [
  '【闪电贷】张伟，你不接电话是吧？从今天开始每天打爆你电话。',
  '准备好，24小时不间断轰炸你的手机。',
  '我们会一直打到你接电话为止。',
  '不回消息就天天给你发短信，发到你手机爆。',
  '呼死你已经给你安排上了，慢慢享受。',
  '你家人的电话我们会轮流打，一天几十个。',
  '今晚半夜两点准时给你打电话。',
  '凌晨三点我们会上门敲门，你自己看着办。',
  '不还钱就让你睡不好觉。',
  '从现在起你别想睡一个安稳觉。',
  '我们会派人天天守在你家门口。',
  '三天两头去你单位找你，看你还怎么上班。',
  '以后我们每天都上你家坐坐。',
  '你走到哪里，我们就跟到哪里。',
  '我们已经安排人24小时盯着你。',
  '你的一举一动都在我们的监视之下。',
  '我们有的是人手，换着号码给你打。',
  '不想接是吧，那就让你的手机响个不停。',
  '你家座机、单位电话我们会挨个打，打到你出来为止。',
  '晚上十二点以后也照样给你打。',
  '我们的同事会轮流上门，直到你还钱。',
  '每隔一小时给你打一次，看你接不接。',
  '连续三天三夜打你电话，你受得了吗？',
  '短信轰炸已经开始，你的手机今晚别想消停。',
  '天天打你单位电话，让你们领导烦死你。',
  '我们就在你家楼下，你出来一次我们跟一次。',
  '每天早中晚各给你打一遍。',
  '你要是不还，我们会持续不断地骚扰你家人。',
  '不还钱，你就别想过一天清净日子。',
  '我们会一直缠着你，直到你还清为止。',
  '【XX资产】逾期不处理，我司将对你开启全天候电话催收，每天不少于五十通。',
  // evasive spellings
  '天 天 打 爆 你 电 话',
  '24小時轟炸你',
  '呼 死 你 已 就 位',
  '夺命连环call已就位，等着接吧',
  '天天堵你家门口',
  '半 夜 三 点 打 给 你',
  '讓你天天睡不著',
  '不停地給你打電話',
  '短\u200b信\u200b轟\u200b炸',
  '跟\u200c蹤\u200c你',
  '每天给你打电话打到你崩溃',
  '你 去 哪 我 们 就 跟 到 哪',
  '盯*死*你',
  '電話打爆你的',
  // to a contact
  '他不还我们就天天给你打电话，打到他还为止。',
  '你作为担保人，我们会每天给你打电话直到他还清。',
];

const negatives: string[] = [
  '【安信贷】客服热线7×24小时为您服务，如有疑问请随时致电。',
  '我们一直打不通您的电话，请您方便时回电。',
  '如您受到催收人员电话骚扰，请拨打投诉热线。',
  '每天登录APP签到可领取免息券。',
  '我司每日外呼不超过3次，如有打扰敬请谅解。',
  '我们承诺不会在夜间22点后联系您。',
  '如您希望停止接收短信提醒，请回复TD。',
  '抱歉一直打扰您，如已还款请忽略。',
  '我们每天9:00-18:00在线，欢迎随时咨询。',
  '凌晨系统维护期间，APP暂停使用。',
  '本周内我们将电话联系您一次，确认还款计划。',
  '您可设置免打扰时段，我们将不在该时段联系您。',
  '感谢您的耐心，专员会全程跟进您的分期申请。',
  '请您保持手机畅通，以免错过重要通知。',
  '我们将持续关注您的还款进度。',
  '如您的号码被他人频繁骚扰，请向运营商举报。',
  '客服每天都会回复您的在线留言。',
  '深夜不便接听电话的话，可以留言给我们。',
  '我们从不在夜间拨打客户电话。',
  '您上月反映的“半夜收到催收电话”问题已处理。',
  '您的分期方案每天自动计息，详情见APP。',
  '为避免打扰您休息，晚上9点后我们不会发送提醒短信。',
  '客户经理会一直为您跟进处理，直到问题解决。',
  '反复拨打仍无法接通，烦请您回电。',
  '我们会定期发送账单提醒，您也可在APP关闭通知。',
  '如您已经还款，我们不会再给您打电话。',
  '您可以每天查看还款进度。',
  '跟踪您的还款申请进度，请登录APP。',
  '24小时在线客服为您解答疑问。',
  '请勿相信“24小时轰炸”等恐吓信息，如遇此类情况请报警。',
  '我司严禁催收人员短信轰炸、电话骚扰客户。',
  '如您不方便接听，我们会改为短信联系，不会一直打扰。',
  '【安心花】我们承诺：不打爆电话、不上门骚扰、不联系无关第三方。',
  '【融e借】系统将在凌晨2点至4点升级维护，期间暂停还款服务。',
];

describe('cn harassment', () => {
  it('has enough cases', () => {
    expect(positives.length).toBeGreaterThanOrEqual(40);
    expect(negatives.length).toBeGreaterThanOrEqual(30);
  });

  it.each(positives)('flags %s', (text) => {
    const found = flagged(text);
    expect(found.length, `no ${CATEGORY} finding: ${text}`).toBeGreaterThan(0);
    for (const f of found) expect(f.severity).toBe('error');
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.match);
  });

  it.each(negatives)('leaves alone %s', (text) => {
    expect(flagged(text).map((f) => `${f.ruleId}: ${f.match}`), text).toEqual([]);
  });
});
