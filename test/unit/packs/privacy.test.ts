// cn pack, category `privacy` (phrase rules only; the ID-card and bank-card detectors have their
// own tests): the debtor's address, whereabouts, family details, records and photos used as
// leverage. Account-service wording about addresses and photos must stay quiet.

import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/core/index';

const CATEGORY = 'privacy';
const flagged = (text: string) =>
  lint(text, { audience: 'debtor' }).filter(
    (f) => f.category === CATEGORY && (f.severity === 'error' || f.severity === 'warning'),
  );

const positives: string[] = [
  '别躲了，我们已经知道你住哪了，今晚就过去找你。',
  '张先生，你家住在阳光花园8栋302，我们的人已经在路上。',
  '你家地址我们早就查到了，别以为搬家就没事。',
  '你孩子在实验小学上二年级吧，放学注意安全。',
  '你老婆在哪上班我们清楚得很。',
  '你的行踪我们一清二楚，今天去了哪里都知道。',
  '你的通话记录我们已经调出来了，常联系的人一个都跑不了。',
  '你的身份证照片和手持照我们都有，后果你自己想。',
  '你的户籍信息我们已经查清楚了。',
  '你家在哪我们都知道，别逼我们上门。',
  '我们掌握了你的一举一动，别再躲了。',
  '你每天几点下班我们都清楚。',
  '你女儿在哪个学校读书我们都查到了。',
  '你的住址已经锁定，外访人员随时上门。',
  '你家门口的监控我们都看过了。',
  '你爸妈住在老家哪个村我们都知道。',
  '我们查到你在XX物流公司上班，明天去你单位聊聊。',
  '你住的地方我们已经摸清楚了。',
  '你老公在XX超市上班，要不要我们去找他聊聊？',
  '我们已经找到你家了，就在XX路12号。',
  '你的开房记录我们也查到了。',
  '再不还就把你的照片P成遗照发给你亲戚。',
  '你儿子的学校我们去过了。',
  '你家庭住址是幸福小区5栋，对吧？',
  '你的位置我们已经定位到了。',
  '你的聊天记录和通话详单我们都有。',
  '你老婆孩子住哪我们一清二楚。',
  '【XX资产】李某，我们已经清楚你的工作单位，别逼我们过去。',
  // evasive spellings
  '我們知道你住哪裡',
  '你家住在 陽 光 小 區 3 棟',
  '你的行 踪 我们一清二楚',
  '你 孩 子 在 二 小 上 学',
  'ni的通话记录我们都有',
  '你的戶籍信息我們已經拿到',
  '你家\u200b地址我们已经查到了',
  '你老婆在哪上班我們都知道',
  '我们已经查到ＮＩ家地址',
  '你的身份证照片我们都有',
  '你的一举一动都在我们掌握之中',
  '你的开*房*记*录',
  '你每天几点出门我们都知道',
  '你住哪儿我们早就知道',
  '你孩子的幼兒園我们也知道在哪',
];

const negatives: string[] = [
  '请核对您的收货地址，如有误请在APP中修改。',
  '如地址变更请及时更新，以免影响账单寄送。',
  '您预留的联系地址为XX路XX号，如有变化请告知客服。',
  '可到您家附近的银行网点办理还款。',
  '请上传您的身份证照片完成实名认证。',
  '您的照片审核未通过，请重新上传清晰的证件照。',
  '我们不会查询或泄露您的行踪信息。',
  '为保护您的隐私，我司不会索取您的通话记录。',
  '如您搬家或更换工作单位，请在APP中更新联系地址。',
  '请妥善保管好您的身份证照片，谨防泄露。',
  '如您不在家，可以请家人转告您回电。',
  '逾期可能影响您的个人信用，请尽快还款。',
  '我们理解您的家庭情况，可为您申请延期还款。',
  '我们知道您最近家庭困难，可以为您申请分期。',
  '客服已查到您的还款记录，款项已入账，感谢配合。',
  '如您的联系电话或地址发生变化，请及时告知我们。',
  '您好，您的账单地址已更新成功。',
  '开学季到了，请注意孩子上学路上的安全。',
  '您可以在APP中查看您的借款合同和还款计划。',
  '温馨提示：请勿向陌生人透露您的家庭住址和行程信息。',
  '如需修改预留地址，请登录官方APP操作。',
  '您好，您的工作单位信息已更新成功。',
  '您家孩子如需办理助学贷款，可咨询官方客服。',
  '我们知道您一直在积极筹款，感谢您的配合。',
  '我们理解您在外地工作不便接听，可回复短信约定回电时间。',
  '我司不会收集您的通话记录或通讯录信息。',
  '请您保护好个人隐私，不要在社交平台晒出身份证照片。',
  '如您已搬家，请将新的居住地址告知客服以便寄送结清证明。',
  '您的家人如有疑问，可拨打官方客服热线咨询。',
  '您好，您提交的照片不清晰，请重新上传。',
  '您的户籍信息仅用于身份核验，请放心。',
  '我们知道您在外地打工不容易，可申请延期还款。',
];

describe('cn privacy (phrases)', () => {
  it('has enough cases', () => {
    expect(positives.length).toBeGreaterThanOrEqual(40);
    expect(negatives.length).toBeGreaterThanOrEqual(30);
  });

  it.each(positives)('flags %s', (text) => {
    const found = flagged(text);
    expect(found.length, `no ${CATEGORY} finding: ${text}`).toBeGreaterThan(0);
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.match);
  });

  it.each(negatives)('leaves alone %s', (text) => {
    expect(flagged(text).map((f) => `${f.ruleId}: ${f.match}`), text).toEqual([]);
  });
});
