/**
 * A 协商还款申请 written from the reader's own situation: calm, factual, and
 * specific about what they can pay. Everything stays in the browser; this
 * module only turns the form's values into text.
 */

import { letterDate } from './letter-template';

export type Request = 'extension' | 'instalments' | 'waive-penalty' | 'stop-interest';

export const requestWording: Record<Request, string> = {
  extension: '将还款期限适当延后',
  instalments: '将剩余欠款重新分期偿还',
  'waive-penalty': '减免逾期产生的罚息、违约金等费用',
  'stop-interest': '在分期期间暂停计收利息',
};

export interface LetterInput {
  lender: string;
  /** Left blank, the letter keeps a placeholder for the reader to fill in by hand. */
  borrowerName: string;
  /** 借款合同编号 or the account shown in the lender's app; optional. */
  loanReference: string;
  /** A number, or a marked blank (【目前欠款总额】) in the sample shown without JavaScript. */
  amountOwed: number | string;
  reason: string;
  monthlyAffordable: number | string;
  proposedMonths: number | string;
  requests: readonly Request[];
  /** `YYYY-MM-DD`, the day the letter is written; empty leaves blanks to fill by hand. */
  date: string;
}

const yuan = (amount: number | string) =>
  typeof amount === 'string'
    ? amount
    : `${amount.toLocaleString('zh-CN', { minimumFractionDigits: 0, maximumFractionDigits: 2 })}元`;

export function renderNegotiationLetter(input: LetterInput): string {
  const name = input.borrowerName.trim() || '（你的姓名）';
  const requests = input.requests.length > 0 ? input.requests : (['instalments'] as const);
  const loan = input.loanReference.trim()
    ? `借款编号为 ${input.loanReference.trim()} 的借款`
    : '我在贵方的借款';

  return [
    `致${input.lender.trim()}：`,
    '',
    `我是借款人${name}。${loan}目前尚欠${yuan(input.amountOwed)}，已经未能按期偿还。对此我很抱歉，也希望主动与贵方沟通，把这笔欠款还上。`,
    '',
    `逾期的原因：${input.reason.trim().replace(/[。.]$/, '')}。`,
    '',
    `按照我目前的收入和必要的生活开支，我每月能够稳定用于偿还这笔欠款的金额约为${yuan(input.monthlyAffordable)}。为此，我申请：`,
    ...requests.map((request, index) => `${index + 1}. ${requestWording[request]}；`),
    `按每月${yuan(input.monthlyAffordable)}计，我希望在${input.proposedMonths}个月内还清。`,
    '',
    '如贵方同意，请以书面形式（App 内确认、短信或电子邮件均可）告知新的还款安排，我会按约定按时还款。我愿意配合提供收入变化等情况的证明材料。',
    '',
    '此外，请贵方及委托的催收人员通过我本人的联系方式与我沟通，不要联系我的家人、朋友或同事。',
    '',
    '谢谢。',
    '',
    `申请人：${name}`,
    `日期：${letterDate(input.date)}`,
  ].join('\n');
}

export interface LetterCheck {
  monthsNeeded: number;
  /** The proposed months do not cover the debt at the stated monthly amount (ignoring interest). */
  tooShort: boolean;
}

/** Whether the plan in the letter adds up, so the reader does not promise what the numbers cannot keep. */
export function checkProposal(
  amountOwed: number,
  monthlyAffordable: number,
  proposedMonths: number,
): LetterCheck {
  const monthsNeeded = Math.ceil(amountOwed / monthlyAffordable);
  return { monthsNeeded, tooShort: proposedMonths < monthsNeeded };
}
