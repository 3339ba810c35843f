/**
 * The interest-rate lines courts draw (neither is a legal cap on what a licensed lender may charge), with their sources, in one place so
 * that the calculator, its explanation and the articles agree. The LPR itself
 * lives in src/data/facts.ts with the day it was checked.
 */
// The raw values, not the validated module: this file reaches the browser with the APR calculator.
import { factsData as facts } from './facts-data';

/** Who lent the money decides which line a court looks at. */
export type LenderType = 'private' | 'licensed';

export interface RateLine {
  /** Annual rate as a fraction: 0.24 is 24%. */
  annualRate: number;
  /** The lenders the line is about. */
  lender: LenderType;
  label: string;
  appliesTo: string;
  /** The statute article the line rests on, written as a citation; the tool page links it to /laws/. */
  basis: string;
}

export const rateLines: readonly RateLine[] = [
  {
    annualRate: facts.lpr.oneYear * 4,
    lender: 'private',
    label: '一年期 LPR 的 4 倍',
    appliesTo:
      '个人、企业之间的民间借贷：超过合同成立时一年期 LPR 4 倍的利息，法院不支持。银行、消费金融公司、小额贷款公司等持牌机构的贷款不适用这条线。',
    // Banks and consumer-finance companies are left out by the rules' 第1条; 小额贷款公司 by the 批复.
    basis:
      '《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第1条、第25条；《最高人民法院关于新民间借贷司法解释适用范围问题的批复》第1条',
  },
  {
    annualRate: 0.24,
    lender: 'licensed',
    label: '金融借款的 24% 界线',
    appliesTo:
      '金融借款：借款人以利息、复利、罚息、违约金和其他费用过高、显著背离实际损失为由，请求对合计超过年利率 24% 的部分调减的，法院应予支持。这是最高人民法院的指导意见，要借款人自己提出并说明理由，不是法定的利率上限。',
    basis: '《最高人民法院关于进一步加强金融审判工作的若干意见》（法发〔2017〕22号）第2条',
  },
];
