// cn pack, category `pressure` (warning): vague menace and undue pressure — 后果自负, 进一步措施,
// 最后通牒, 走着瞧 — and pushing the debtor to borrow elsewhere or sell assets to repay.
// Positives are realistic collection SMS (many with evasive spellings); negatives are compliant
// messages with look-alike words, lawful statements and anti-borrowing advice.

import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/core/index';

const CATEGORY = 'pressure';
const flagged = (text: string) =>
  lint(text, { audience: 'debtor' }).filter(
    (f) => f.category === CATEGORY && (f.severity === 'error' || f.severity === 'warning'),
  );

const positives: string[] = [
  '【安心借】您的借款已逾期30天，请于今日内还款，否则后果自负。',
  '今天再不处理，我们将采取进一步的行动。',
  '给你三天时间考虑，别怪我们没提醒你。',
  '这是最后通牒，今晚必须结清。',
  '你看着办吧，反正后果你自己承担。',
  '别给脸不要脸，赶紧把钱还了。',
  '跑得了和尚跑不了庙，别以为躲着就行。',
  '没钱就去借网贷，借不到就找亲戚朋友凑。',
  '实在不行把车卖了还钱。',
  '信用卡套现也好，借高利贷也好，今天必须还上。',
  '你要是识相就赶紧还，不然咱们走着瞧。',
  '我们的耐心是有限的，别挑战我们的底线。',
  '不见棺材不落泪是吧？',
  '你可以继续躲，但躲得了一时躲不了一世。',
  '最后一次机会，明天中午12点前不还，后果很严重。',
  '我们已经给足你面子了，别不识抬举。',
  '再拖下去，有你好果子吃。',
  '去花呗借呗套点钱出来先把我们的还了。',
  '东拼西凑也得今天还上。',
  '先撸几个口子把窟窿填上。',
  '你父母的养老钱拿出来还债也行。',
  '逾期视为恶意拖欠，我们将启动强制催收程序。',
  '你的案件即将升级为重点催收，请你好自为之。',
  '别逼我们走极端。',
  '我们说到做到，不信你就试试。',
  '你以为拉黑我们就没事了？',
  '不还钱你就等着吧。',
  '过了今天，就没有任何商量的余地了。',
  '我们会采取一切必要手段追回欠款。',
  '如果继续拖欠，我们将不惜一切代价。',
  '【速贷】尊敬的客户，您的借款已严重逾期，请务必尽快安排还款，否则我们将采取进一步措施。',
  // evasive spellings
  '後果自負',
  '最 后 通 牒',
  '别怪我们不 客 气',
  '以 贷 养 贷 也 得 还',
  '你看著辦',
  '去借w贷也要还上',
  '拆東牆補西牆也得還',
  '别\u200c逼\u200c我\u200c们',
  '卖 房 卖 车 也 得 还',
  '好自爲之',
  '最後一次機會',
  '一切后果由你承担！！！',
  '你跑bu掉的，赶紧还钱',
  '别 以 为 换 号 就 没 事 了',
  '給你臉了是吧',
  // to a contact
  '你让他掂量掂量，别怪我们没提醒。',
  '你朋友欠钱不还，我们会让他付出代价。',
];

const negatives: string[] = [
  '【安心借】逾期信息将依法报送征信系统，请您尽快还款。',
  '我司保留依法追究法律责任的权利。',
  '请理性借贷，切勿以贷养贷。',
  '如还款有困难，可申请最长12期的分期方案。',
  '本期最后还款日为8月15日，请按时还款。',
  '我们将采取必要措施保护您的账户安全。',
  '请不要通过借新还旧、以贷养贷的方式还款。',
  '谨防不法分子诱导您信用卡套现。',
  '最后提醒：您的优惠券将于今日到期。',
  '感谢您的耐心等待，我们会尽快处理。',
  '如您对账单有异议，可进一步咨询客服。',
  '逾期可能影响您的个人信用记录。',
  '我司承诺不会采取任何暴力或威胁手段催收。',
  '您可以通过官方APP或对公账户还款，请勿通过信用卡套现还款。',
  '如您有意出售房产还款，请先联系客服办理结清手续。',
  '为避免产生更多罚息，建议您尽快还款。',
  '本条为系统通知，无需回复。',
  '我们理解您的难处，不会催促您变卖财产。',
  '如需申请延期，请在今日18点前提交材料。',
  '您可在APP内申请信用卡还款分期。',
  '温馨提示：借款请量力而行，避免多头借贷。',
  '我们将进一步核实您的还款情况。',
  '如有疑问，欢迎随时联系，我们很乐意为您服务。',
  '谢谢您的配合，下次还款日为9月1日。',
  '逾期超过90天，我司可能依法提起诉讼。',
  '您的案件已转至协商专员处理，请保持电话畅通。',
  '如您已经还款，请忽略本条提醒，感谢支持。',
  '为保障您的权益，请勿向任何个人账户转账。',
  '我们不会让您为难，可以一起商量还款方案。',
  '本月还款有困难？可以先还最低还款额。',
  '请您慎重考虑，按时还款可避免额外费用。',
  '最后还款期限为本月底，逾期将产生罚息。',
  '对于违规催收行为，我司一经查实绝不姑息。',
  '这是您申请减免的最后机会，逾期将按原方案执行。',
  '如您收到要求“借新还旧”的短信，请立即向我司举报。',
  '我们有多种还款方案可供选择，欢迎咨询。',
];

describe('cn pressure', () => {
  it('has enough cases', () => {
    expect(positives.length).toBeGreaterThanOrEqual(40);
    expect(negatives.length).toBeGreaterThanOrEqual(30);
  });

  it.each(positives)('flags %s', (text) => {
    const found = flagged(text);
    expect(found.length, `no ${CATEGORY} finding: ${text}`).toBeGreaterThan(0);
    for (const f of found) expect(f.severity).toBe('warning');
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.match);
  });

  it.each(negatives)('leaves alone %s', (text) => {
    expect(flagged(text).map((f) => `${f.ruleId}: ${f.match}`), text).toEqual([]);
  });
});
