import { describe, expect, it } from 'vitest';
import {
  checkProposal,
  renderNegotiationLetter,
  type LetterInput,
} from '../../src/lib/negotiation-letter';

const input: LetterInput = {
  lender: '某某消费金融有限公司',
  borrowerName: '张三',
  loanReference: 'HT2025001',
  amountOwed: 12_000,
  reason: '今年 6 月失业，收入中断',
  monthlyAffordable: 1_000,
  proposedMonths: 12,
  requests: ['instalments', 'waive-penalty'],
  date: '2026-11-25',
};

describe('renderNegotiationLetter', () => {
  const letter = renderNegotiationLetter(input);

  it('addresses the lender and states the debt and the reason', () => {
    expect(letter.startsWith('致某某消费金融有限公司：')).toBe(true);
    expect(letter).toContain('借款编号为 HT2025001 的借款目前尚欠12,000元');
    expect(letter).toContain('逾期的原因：今年 6 月失业，收入中断。');
  });

  it('numbers the requests and states the monthly amount and term', () => {
    expect(letter).toContain('1. 将剩余欠款重新分期偿还；\n2. 减免逾期产生的罚息、违约金等费用；');
    expect(letter).toContain('按每月1,000元计，我希望在12个月内还清。');
  });

  it('asks for the answer in writing and for contacts to be left alone', () => {
    expect(letter).toContain('书面形式');
    expect(letter).toContain('不要联系我的家人、朋友或同事');
  });

  it('keeps a placeholder when the reader leaves the name blank', () => {
    const anonymous = renderNegotiationLetter({ ...input, borrowerName: ' ', loanReference: '' });
    expect(anonymous).toContain('我是借款人（你的姓名）。我在贵方的借款');
    expect(anonymous).toContain('申请人：（你的姓名）');
    expect(anonymous).not.toMatch(/undefined|NaN/);
  });

  it('dates the letter in Chinese', () => {
    expect(letter.endsWith('日期：2026年11月25日')).toBe(true);
  });
});

describe('checkProposal', () => {
  it('flags a term too short for the monthly amount', () => {
    expect(checkProposal(12_000, 1_000, 10)).toEqual({ monthsNeeded: 12, tooShort: true });
    expect(checkProposal(12_000, 1_000, 12)).toEqual({ monthsNeeded: 12, tooShort: false });
  });
});
