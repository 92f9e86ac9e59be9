import { describe, expect, it } from 'vitest';
import { findNumbers, isResidentId, passesLuhn } from '../../../src/core/detectors/numbers';

// 11010519900101123 + check digit 2 is a valid GB 11643 number; …1237 is not.
const ID = '110105199001011232';
// A Luhn-valid 19-digit UnionPay-style number.
const CARD = '6222021234567890128';

describe('resident ID and bank-card detectors', () => {
  it('validates the GB 11643 check digit, including X', () => {
    expect(isResidentId(ID)).toBe(true);
    expect(isResidentId('110105199001011237')).toBe(false);
    expect(isResidentId('11010519491231002X')).toBe(true);
    expect(isResidentId('110105199013011232')).toBe(false); // month 13
  });

  it('validates Luhn', () => {
    expect(passesLuhn(CARD)).toBe(true);
    expect(passesLuhn('6222021234567890127')).toBe(false);
  });

  it.each([
    [`身份证号${ID}`, 'id_card', ID],
    [`身份证 110105 19900101 1232 请核对`, 'id_card', '110105 19900101 1232'],
    [`身份证１１０１０５１９９００１０１１２３２`, 'id_card', '１１０１０５１９９００１０１１２３２'],
    [`身份证110105\u200b199001011232`, 'id_card', '110105\u200b199001011232'],
    [`卡号${CARD}`, 'bank_card', CARD],
    [`卡号 6222-0212-3456-7890-128`, 'bank_card', '6222-0212-3456-7890-128'],
    [`卡号 6222 0212 3456 7890 128 户名张三`, 'bank_card', '6222 0212 3456 7890 128'],
  ])('finds %s', (text, kind, match) => {
    const found = findNumbers(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.kind).toBe(kind);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe(match);
  });

  it('finds an ID written next to a phone number', () => {
    const text = `${ID} 13800138000`;
    const found = findNumbers(text);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual([ID]);
  });

  it.each([
    '尾号1232的银行卡',
    '身份证后四位1232',
    '卡号6222****7890128',
    '客服电话4008001234，手机13800138000',
    '订单号20261129123456789',
    '110105199001011237',
    '6222021234567890127',
  ])('ignores %s', (text) => {
    expect(findNumbers(text)).toEqual([]);
  });
});
