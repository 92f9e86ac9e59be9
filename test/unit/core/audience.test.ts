import { describe, expect, it } from 'vitest';
import { classifyAudience, detectAudience } from '../../../src/core/audience';
import '../../../src/core/index';

describe('detectAudience', () => {
  it.each([
    '您好，您是张三的紧急联系人，请转告他尽快回电。',
    '王女士您好，您的儿子李明在我司有重要事项，请提醒他回电4008001234。',
    '您好，麻烦您转告刘先生尽快联系我们。',
    '我们联系不上他，他留的是您的电话，请让他回个电话。',
    '紧急联系人您好，有事项需要张先生本人处理。',
    '你作为他的朋友，请督促他还款。',
    '您的同事赵强在本平台的事项需要他本人尽快处理。',
    // Issue 15: relaying, reminding, and a greeting to one person followed by another's debt.
    '李女士您好，请转告张伟尽快还款，他在我司的借款已逾期12天，欠款5230元未还',
    '您好，麻烦转告一下李志强，让他有空回个电话。',
    '王先生你好，帮忙提醒一下你弟弟，这个月的还款日快到了。',
    '张女士您好，陈刚在我司的借款已逾期5天，请他尽快处理。',
    '嫂子好，大哥在随心花的账单已经逾期两个月了，您帮忙从家里先出一下？',
    '【恆信花】您好，煩請轉告王建國先生回電400-115-2080，謝謝！',
    '您好，您兒子欠 款 已 逾 期 120 天，請 您 代 為 償 還。',
    '致借款人黄某某所在单位：贵单位员工黄某某车贷逾期拒不还款，特请贵单位协助督促其履行还款义务。',
  ])('third party: %s', (t) => expect(detectAudience(t)).toBe('third_party'));

  it.each([
    '【安信贷】张先生您好，您的借款已逾期3天，请通过官方APP还款。',
    '您好，您本期账单应还1200元，请于12月10日前还款。',
    '尊敬的客户，您的紧急联系人信息需要更新，请登录APP修改。',
    '祝您和家人节日快乐！如需帮助请联系客服。',
    '您好，您的还款已到账，感谢您的配合。',
    // Denials and promises about third parties are still addressed to the borrower.
    '我们不会联系您的家人催收，也不会向您的同事透露欠款信息。',
    '侯先生，逾期不会影响您家人的征信，但会影响您本人的个人信用记录，请尽早处理。',
  ])('debtor: %s', (t) => expect(detectAudience(t)).toBe('debtor'));
});

describe('classifyAudience', () => {
  it('is unsure about a debt when nobody is addressed and someone else is named', () => {
    expect(classifyAudience('张伟的借款已逾期12天，欠款5230元，请尽快处理。')).toBe('unsure');
    expect(classifyAudience('刘洋的欠款5230元已逾期12天。')).toBe('unsure');
    // A name followed by a colon addresses the reader.
    expect(classifyAudience('【安信贷】张伟：借款已逾期，请尽快处理。')).toBe('debtor');
  });

  it('is sure when the reader is addressed or the text is not about a debt', () => {
    expect(classifyAudience('【安信贷】您好，您的借款已逾期3天，请通过官方APP还款。')).toBe('debtor');
    expect(classifyAudience('王女士，抵押车辆逾期，请于今日18点前处理。')).toBe('debtor');
    expect(classifyAudience('会议改到下午三点，张伟负责记录。')).toBe('debtor');
    expect(classifyAudience('李女士您好，请转告张伟尽快还款，他在我司的借款已逾期12天')).toBe('third_party');
  });
});
