// cn pack, category `third_party_disclosure`: messages to an emergency contact, relative or
// colleague must not reveal the debt or its facts, nor ask the contact to pay. The same words are
// normal in a message to the debtor, so each positive must stay quiet with audience 'debtor'.

import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/core/index';
import type { Audience } from '../../../src/core/types';

const CATEGORY = 'third_party_disclosure';
const flagged = (text: string, audience: Audience) =>
  lint(text, { audience }).filter((f) => f.category === CATEGORY && (f.severity === 'error' || f.severity === 'warning'));

const positives: string[] = [
  '您好，您的朋友张三在我司的借款已逾期30天，请转告他尽快还款。',
  '你是李四的紧急联系人，他欠我们平台8000元，麻烦督促他还钱。',
  '王先生在我们这里借了5万块一直不还，你们家里人管不管？',
  '您好，您儿子的信用卡已经逾期三个月，请您代为偿还。',
  '作为他的担保人，您有义务承担还款责任。',
  '陈女士拖欠本金加利息共计12800元，请您转告她今天处理。',
  '你老公在我司的网贷已经严重逾期，再不处理我们就起诉了。',
  '您是赵先生的家属，他的事情今天必须结清，您可以先帮他垫付。',
  '请您劝劝你弟弟，他已经拖了两个多月了。',
  '你同事刘某欠款不还，我们已准备提起诉讼，请转告他。',
  '您好，孙先生的账单已经出了很久，请让他尽快联系我们。',
  '周女士在本平台的贷款已违约，请您转告她。',
  '你女儿借了我们的钱到现在没还，家长有责任管一管。',
  '您的朋友吴先生在我司分期购买的手机尚有3期待处理。',
  '您好，郑女士的借款合同上填写了您的号码，请转告她回电。',
  '你哥哥的花呗和借呗都出问题了，麻烦你帮他还一下。',
  '请转告何先生，他还欠我们2.3万，今天必须处理。',
  '冯先生已经90天没还了，作为紧急联系人您有责任提醒他。',
  '您好，林先生的债务已移交专门部门，请您配合。',
  '你老婆的事你作为丈夫要负责，这笔钱由你来还。',
  '您的同学罗某的信用记录会受影响，请转告他回电。',
  '您好，请转告高女士，她在我司的案件已进入催收流程。',
  '梁先生名下本息合计6000余元，望您转告。',
  '你表哥的钱到期未还，麻烦你让他尽快回电。',
  '宋先生的事我们已向法院提交材料，请转告他。',
  '您好，唐女士的额度已冻结，请转告她尽快联系客服。',
  '许先生的担保人需要承担连带责任，请您知悉。',
  // evasive spellings
  '您好，您的朋友張三在我司的借款已逾期，請轉告他盡快處理。',
  '他欠 款 3 0 0 0 元，麻烦您转告。',
  '你儿子的网\u200b贷已经逾\u200b期了',
  '您弟弟在我们平台yu期了，请您提醒他',
  '他联系不上，请你代wei偿还',
  'ＴＡ在我司欠款５０００元，请转告ＴＡ',
  '你老公欠了两万块，赶紧让他回电！',
  '他的账*单已经过期很久了',
  '你是他妈妈，替他還了吧',
  '您朋友的借-款已经超过期限了',
  '你同事在我们这里欠了1.2w',
  '作為緊急聯繫人，您有義務提醒他',
  '他欠我们的钱已经 拖 了 半 年 了',
  '您好，您的家人王先生在我司有一笔欠 款待处理',
  '他的 贷 款 出了问题',
];

const negatives: string[] = [
  '您好，我们是XX平台客服，有重要事项需联系张先生，请转告他尽快回电4008001234',
  '您好，打扰了。我们一直联系不上李女士，麻烦您转告她回电400-600-1234，谢谢。',
  '您好，如您不认识王先生或不便转告，请回复N，我们将不再打扰。',
  '【安信】您好，我们有重要事宜需与陈女士本人沟通，请转告其工作日9:00-18:00回电95588。',
  '您好，这里是XX公司客服中心，想请您帮忙转告赵先生尽快与我们联系，感谢配合。',
  '张先生预留了您的号码作为联系人，我们暂时联系不上他，还请转告他回个电话。',
  '您好，请转告刘先生查收我们发送到他本人手机的短信，谢谢。',
  '打扰您了，如您方便，请提醒孙女士今天回电，号码4001234567。',
  '您好，如您与周先生已无联系，请回复“无关”，我们将删除您的号码。',
  '抱歉打扰，我们是XX客服，有事情需要联系吴先生本人，烦请转达。',
  '您好，本信息仅请您转告郑女士回电，不涉及您本人任何事项。',
  '您好，我们多次致电冯先生未能接通，如方便请让他回电4008889999。',
  '您好，您的朋友林女士的电话暂时无法接通，请提醒她及时更新联系方式。',
  '您好，我们是XX官方客服，工号1023，如有疑问可拨打官方热线核实身份。',
  '您好，请转告罗先生于明天上午十点前回电，谢谢您的帮助。',
  '您好，若您近期见到高女士，请让她联系我们，祝您生活愉快。',
  '您好，打扰一下，请问您是梁先生的家人吗？如方便请转告他回电。',
  '如您不希望再收到此类信息，请回复TD，我们将不再联系您。',
  '您好，我们有一份重要文件需要宋先生本人确认，请转告他尽快联系我们。',
  '您好，感谢您的耐心，请帮忙转达唐女士回电，号码见短信签名。',
  '您好，许先生的电话一直关机，如您能联系到他，麻烦请他回电。',
  '您好，我们需要核实韩先生的联系方式，请转告他本人致电客服。',
  '您好，这是一条转告信息，请告知邓女士尽快回电，祝好。',
  '您好，今天下午三点前如方便，请转告曹先生回电，谢谢。',
  '【XX消费金融】您好，请转告彭先生登录APP查看消息通知。',
  '您好，请转告曾女士尽快与我们取得联系，感谢您的理解与支持。',
  '您好，我们不便透露具体事宜，请转告肖先生本人回电了解。',
  '您好，请问田先生最近换号码了吗？如方便请告知他回电。',
  '您好，感谢您接听，我们只需要董先生本人回电，不会打扰您太久。',
  '您好，请提醒袁先生查收邮件，谢谢您的配合！',
  '您好，元旦假期客服照常上班，请转告潘先生2025年1月2日前回电。',
];

describe('cn third_party_disclosure', () => {
  it('has enough cases', () => {
    expect(positives.length).toBeGreaterThanOrEqual(40);
    expect(negatives.length).toBeGreaterThanOrEqual(30);
  });

  it.each(positives)('flags to a contact: %s', (text) => {
    const found = flagged(text, 'third_party');
    expect(found.length, `no ${CATEGORY} finding: ${text}`).toBeGreaterThan(0);
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.match);
  });

  it.each(positives)('is quiet for the debtor himself: %s', (text) => {
    expect(flagged(text, 'debtor')).toEqual([]);
  });

  it.each(negatives)('leaves alone a neutral message to a contact: %s', (text) => {
    expect(flagged(text, 'third_party').map((f) => `${f.ruleId}: ${f.match}`), text).toEqual([]);
  });
});
