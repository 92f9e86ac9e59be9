import { describe, expect, it } from 'vitest';
import { detectAudience } from '../../../src/core/index';

describe('detectAudience', () => {
  it.each([
    '您好，您是张三的紧急联系人，请转告他尽快回电。',
    '王女士您好，您的儿子李明在我司有重要事项，请提醒他回电4008001234。',
    '您好，麻烦您转告刘先生尽快联系我们。',
    '我们联系不上他，他留的是您的电话，请让他回个电话。',
    '紧急联系人您好，有事项需要张先生本人处理。',
    '你作为他的朋友，请督促他还款。',
    '您的同事赵强在本平台的事项需要他本人尽快处理。',
  ])('third party: %s', (t) => expect(detectAudience(t)).toBe('third_party'));

  it.each([
    '【安信贷】张先生您好，您的借款已逾期3天，请通过官方APP还款。',
    '您好，您本期账单应还1200元，请于12月10日前还款。',
    '尊敬的客户，您的紧急联系人信息需要更新，请登录APP修改。',
    '祝您和家人节日快乐！如需帮助请联系客服。',
    '您好，您的还款已到账，感谢您的配合。',
  ])('debtor: %s', (t) => expect(detectAudience(t)).toBe('debtor'));
});
