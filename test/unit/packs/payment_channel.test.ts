// cn pack, category `payment_channel`: repayment to a personal or unofficial account, private
// contact and settlement off the official channels, and extra fees in the name of collection.
// Anti-fraud notices, official channels and lawful cost statements must stay quiet.

import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/core/index';

const CATEGORY = 'payment_channel';
const flagged = (text: string) =>
  lint(text, { audience: 'debtor' }).filter(
    (f) => f.category === CATEGORY && (f.severity === 'error' || f.severity === 'warning'),
  );

const positives: string[] = [
  '【速贷】王先生，今天把钱直接转到我个人微信，我帮你把逾期记录消了。',
  '公司账户今天维护，先打到我私人卡上，卡号我发你。',
  '有什么问题加我微信详谈，可以给你申请减免。',
  '加QQ 2837465512，私聊给你内部方案。',
  '这事咱们私下处理，不用走APP。',
  '找我私了，今天转我支付宝就结清。',
  '扫这个码直接还款，马上到账。',
  '先打到这个账户：6222 0000 1111 2222，户名李四。',
  '明天外访人员上门，上门费500元需要你承担。',
  '结清后还需另交销账费300元。',
  '如果走诉讼，律师费由你承担。',
  '办理分期需要手续费另付200元。',
  '想停催就先交一笔保证金。',
  '钱转给我就行，我是负责你这个案子的业务员。',
  '我的支付宝账号是138xxxx0000，今天必须转过来。',
  '你把款打到我老婆的卡上也行。',
  '只要付个处理费，逾期记录马上删除。',
  '上门催收需要另收差旅费，由你承担。',
  '走我这边的内部通道，能给你打折。',
  '公司账户还不进去了，转到我这里来。',
  '催收服务费800元今天一起转过来。',
  '扫一下我发的收款码付款。',
  '用微信扫码转给我，别走官方了。',
  '撤案费交了就不起诉你。',
  '今天先交2000保证金，剩下的下个月再说。',
  // evasive spellings
  '轉到我個人微信',
  '加 我 V X 详聊',
  '有问题加wei信',
  '私*下*处*理，给你优惠',
  '打到我私人卡\u200b上',
  '上门費由你承擔',
  '扫 这 个 码 还款',
  '找我si了',
  '办理需要手續費另付',
  '你把钱转我zhi付宝',
  '销 账 费 2 0 0 元',
  '钱 直接 转 我',
  '加个Ｑ Ｑ，详细说',
  '加我薇信',
  '外访費用由你承擔',
  '律 师 费 由 你 承 担',
  '征信修复费交了马上给你洗白',
  '交一笔诚意金，我帮你申请停催',
];

const negatives: string[] = [
  '请通过官方APP或对公账户还款，谨防向个人账户转账。',
  '我司不会要求您向个人账户转账，请认准官方还款渠道。',
  '关注官方微信公众号即可查询账单并还款。',
  '如有疑问请拨打官方客服热线95588。',
  '任何要求您转账至个人账户的均为诈骗，请认准官方渠道。',
  '还款将从您本人名下的银行卡自动扣款，请确保余额充足。',
  '我司不收取任何催收费用，请以APP显示金额为准。',
  '提前还款不收取手续费，详情请咨询官方客服。',
  '诉讼费用由败诉方承担，具体以法院判决为准。',
  '您可添加官方企业微信客服咨询还款事宜。',
  '请勿添加任何自称客服人员的私人微信，谨防诈骗。',
  '请使用本人银行卡通过官方APP还款。',
  '对公账户：XX消费金融有限公司，开户行：XX银行，请在备注中填写您的姓名。',
  '如需扫码还款，请打开官方APP首页的扫一扫功能。',
  '扫描下方二维码关注官方公众号，查询账单。',
  '我司从未委托任何个人收取还款，请勿相信私下处理的说法。',
  '您的还款已到账，感谢您通过官方渠道还款。',
  '还款账户信息以官方APP显示为准，如有变更我们不会通过短信通知。',
  '温馨提示：本平台不会以任何理由收取上门费。',
  '如对账单有异议，请联系官方客服核实。',
  '请认准唯一官方还款渠道：XX APP、对公账户。',
  '我司工作人员不会添加您的私人微信，也不会索要验证码。',
  '如遇有人以公司名义要求您转账至私人账户，请立即报警。',
  '请注意：官方不会通过QQ或个人微信联系您。',
  '还款后如需开具结清证明，请在APP内申请，无需另付任何费用。',
  '我们理解您的困难，可以协商分期，请通过官方APP提交申请。',
  '您的账户已绑定本人银行卡，系统将在还款日自动扣款。',
  '请勿向任何私人账户转账，官方对公账户信息请以APP为准。',
  '您好，如需人工服务，可在官方APP内联系在线客服。',
  '逾期费用按合同约定计算，详见APP账单页面。',
  '关注XX金融官方微信服务号，绑定后可一键还款。',
  '如您收到要求扫码付款的短信，请勿理会并及时向我司举报。',
];

describe('cn payment_channel', () => {
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
