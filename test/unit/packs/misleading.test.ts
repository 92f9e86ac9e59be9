// cn pack, category `misleading`: false or exaggerated consequences (jail, blacklist, frozen cards,
// children's schooling, relatives' liability) must be flagged as errors; truthful lawful statements
// (依法报送征信, 保留起诉权利, 可能影响信用记录), negations and promises must not get an error or warning
// (the legal_mention rule may note them as info).

import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/core/index';

const CATEGORY = 'misleading';

const plain: string[] = [
  '【极速贷】你已逾期60天，再不还款就等着坐牢吧。',
  '恶意拖欠网贷属于诈骗，你已经构成诈骗罪，警方马上上门抓你。',
  '今天不还款，明天就把你拉进黑名单，全国联网，以后寸步难行。',
  '你已经是征信黑户了，一辈子贷不了款。',
  '不还钱冻结你所有银行卡和微信支付宝。',
  '逾期不还影响子女上学、考公、参军政审，你自己想清楚。',
  '父债子还，你儿子以后也要替你还。',
  '你是他的紧急联系人，有义务替他还款。',
  '家人有连带责任，你不还就让你父母还。',
  '房子车子全部查封，工资直接扣，你想好了。',
  '你这是恶意透支，涉嫌刑事犯罪，将追究刑事责任。',
  '刑事拘留不是吓唬你的，今天是最后期限。',
  '高铁飞机都坐不了，出不了国，你自己看着办。',
  '你的名字已经上了全国通缉名单。',
  '逾期记录永久保留，洗都洗不白。',
  '再拖下去就是判刑三年，你自己选。',
  '警察会到你单位把你带走。',
  '公安已经网上追逃，你跑不掉的。',
  '你的手机号马上会被停机，所有银行都不会再贷款给你。',
  '征信花了以后买房买车都没门，永久拉黑。',
  '你要进监狱了知道吗？',
  '欠款不还要蹲大牢的，别不信。',
  '再不还会连累你的家人，别怪我们没提醒。',
  '三代以内直系亲属都不能考公务员。',
  '你的行为已涉嫌信用卡诈骗，银行将移送公安机关。',
  '冻结你名下全部财产，拍卖你的房子抵债。',
  '抓你是迟早的事，别心存侥幸。',
  '你马上会被列入失信被执行人名单。',
  '作为紧急联系人，你要承担连带还款责任。',
  '不还钱就找你老婆还，我们说到做到。',
  '你这种行为就是骗贷，会留下案底。',
  '逾期超过90天自动转为刑事案件。',
];

const evasive: string[] = [
  '再不还就等着坐 牢 吧。',
  '你已經被列入黑名單了。',
  '等着做牢吧，没人救得了你。',
  '刑事拘溜，你想试试？',
  '明天冻结你所有银\u200b行\u200b卡。',
  '逾期會影響子女上學。',
  '你已经是征 信 黑 户了。',
  '父*债*子*还，天经地义。',
  '黑明单已经给你挂上了。',
  '你就等着zuo牢吧。',
  '公安部将对你全國通緝。',
  '你这已经涉嫌　刑事　犯罪了。',
  '高 铁 飞 机 都 坐 不 了。',
  '你家人有連帶責任。',
  '凍結你的微信支付寶。',
];

const negatives: string[] = [
  '【安信贷】逾期信息将依法报送金融信用信息基础数据库，可能影响您的个人信用记录。',
  '我司保留依法追究的权利，请您尽快还款。',
  '逾期不会影响您的子女，请放心与我们协商还款方案。',
  '逾期还款属于民事纠纷，不构成刑事犯罪，我司也不会报警。',
  '我司不存在所谓黑名单，请您放心协商。',
  '请抓紧时间还款，以免产生额外罚息。',
  '您的本期账单将于还款日从绑定的银行卡自动扣款，请确保余额充足。',
  '您的借款额度已冻结，结清后可申请恢复。',
  '紧急联系人无需承担还款责任，仅请协助转告张先生回电。',
  '担保人依法承担连带保证责任，具体以担保合同为准。',
  '若经法院判决后仍不履行，可能被依法纳入失信被执行人名单。',
  '按时还款有助于维护良好的征信记录。',
  '谨防电信诈骗，我司不会要求您向个人账户转账。',
  '如您遇到冒充公检法的诈骗电话，请拨打110报警。',
  '我们绝不会以坐牢或拘留等言语恐吓客户。',
  '我司承诺：不会冻结您的银行卡，不会联系您的单位。',
  '逾期只与您本人有关，不会牵连家人。',
  '您可申请延期还款，不会影响您孩子上学等生活安排。',
  '您的还款卡余额不足导致扣款失败，请及时充值后重试。',
  '如需更换还款银行卡，请在APP中操作，原卡将自动解绑。',
  '父母是孩子最好的老师，祝您节日快乐，请记得按时还款。',
  '持续逾期可能导致您的借款额度被冻结。',
  '您好，出行前请确认已完成本期还款，祝旅途愉快。',
  '失信被执行人信息以最高人民法院公布为准，我司无权擅自认定。',
  '您有权就催收行为向金融监管部门投诉，我们不会因此对您采取任何不利措施。',
  '如您更换了手机号码，请及时在APP中更新，避免错过账单提醒。',
  '请勿轻信“花钱可消除逾期记录”的说法，征信记录依法保留，无法人为删除。',
  '本通知不涉及任何刑事责任，请放心。',
  '为免影响您的信用，请于今日完成还款。',
  '您的逾期不会产生黑名单，也不会影响家人。',
  '我们不会找您的家人还款，请您本人尽快处理。',
  '春运期间请提前购买高铁票，并留意本月还款日。',
  '若协商不成，我司将依法提起诉讼，届时以法院判决为准。',
];

const flagged = (text: string) =>
  lint(text).filter((f) => f.category === CATEGORY && (f.severity === 'error' || f.severity === 'warning'));

describe('cn pack: misleading', () => {
  it('has enough cases, a third of them evasive', () => {
    expect(plain.length + evasive.length).toBeGreaterThanOrEqual(40);
    expect(evasive.length / (plain.length + evasive.length)).toBeGreaterThanOrEqual(0.3);
    expect(negatives.length).toBeGreaterThanOrEqual(30);
  });

  it.each([...plain, ...evasive])('flags %s', (text) => {
    const found = flagged(text);
    expect(found.length, `no misleading finding in: ${text}`).toBeGreaterThan(0);
    for (const f of found) {
      expect(f.severity).toBe('error');
      expect(text.slice(f.start, f.end)).toBe(f.match);
    }
  });

  it.each(negatives)('leaves alone %s', (text) => {
    expect(flagged(text).map((f) => `${f.ruleId}: ${f.match}`)).toEqual([]);
  });

  it('notes truthful legal statements only as info', () => {
    const text = '【安信贷】我司保留依法提起诉讼的权利，逾期信息将依法报送征信系统。';
    const found = lint(text).filter((f) => f.category === CATEGORY);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(f.severity).toBe('info');
  });
});
