/**
 * Statutory time limits a reader must meet or can hold the other side to,
 * each written once with the article that sets it. Articles write
 * `{{deadline-answer}}` and the help page /help/received/ reads the same
 * records, so a change in the law (the 2025 仲裁法 cut six months to three)
 * is made here and reaches every page. A record that fails its schema, or a
 * basis the law collection cannot back, stops the build.
 */
import { z } from 'zod';

export const deadlineSchema = z.strictObject({
  /** How long, e.g. 15. */
  amount: z.int().positive().max(365),
  unit: z.enum(['日', '个月', '年']),
  /** From when it counts, in the law's words, e.g. 收到起诉状副本之日. */
  from: z.string().min(4),
  /** What must be done within it, and by whom when it is not the reader. */
  act: z.string().min(2),
  /** The article that sets it, written as a citation and linked to /laws/. */
  basis: z
    .string()
    .regex(/^《[^》]+》.*第\d+条/, { error: '要写成一条法条引用，例如《民事诉讼法》第128条' }),
});

export type Deadline = z.output<typeof deadlineSchema>;

const deadlineData = {
  answer: {
    amount: 15,
    unit: '日',
    from: '收到起诉状副本之日',
    act: '提出答辩状（不交不影响法院审理）',
    basis: '《民事诉讼法》第128条',
  },
  'payment-order': {
    amount: 15,
    unit: '日',
    from: '收到支付令之日',
    act: '清偿债务，或者向法院提出书面异议',
    basis: '《民事诉讼法》第227条',
  },
  appeal: {
    amount: 15,
    unit: '日',
    from: '一审判决书送达之日',
    act: '向上一级法院上诉（小额诉讼一审终审，不能上诉）',
    basis: '《民事诉讼法》第171条、第165条',
  },
  'preservation-review': {
    amount: 5,
    unit: '日',
    from: '收到保全裁定书之日',
    act: '向作出裁定的法院申请复议（复议期间不停止执行）',
    basis:
      '《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第171条；《民事诉讼法》第111条',
  },
  'enforcement-objection': {
    amount: 15,
    unit: '日',
    from: '执行法院收到你的书面异议之日',
    act: '法院审查并作出裁定',
    basis: '《民事诉讼法》第236条',
  },
  'enforcement-objection-review': {
    amount: 10,
    unit: '日',
    from: '执行异议裁定送达之日',
    act: '向上一级法院申请复议',
    basis: '《民事诉讼法》第236条',
  },
  'arbitration-set-aside': {
    amount: 3,
    unit: '个月',
    from: '收到仲裁裁决书之日',
    act: '向仲裁机构所在地的中级人民法院申请撤销裁决',
    basis: '《仲裁法》第72条',
  },
  'arbitration-no-enforcement': {
    amount: 15,
    unit: '日',
    from: '执行通知书送达之日',
    act: '向执行法院书面申请不予执行仲裁裁决',
    basis: '《最高人民法院关于人民法院办理仲裁裁决执行案件若干问题的规定》第8条',
  },
  'enforcement-application': {
    amount: 2,
    unit: '年',
    from: '判决书等法律文书规定的履行期间的最后一日（分期履行的，从最后一期届满之日）',
    act: '债权人向法院申请强制执行（这个期间也会中止、中断）',
    basis: '《民事诉讼法》第250条',
  },
  'credit-dispute': {
    amount: 20,
    unit: '日',
    from: '征信机构或报送信息的机构收到异议之日',
    act: '对方核查处理并书面答复你',
    basis: '《征信业管理条例》第25条',
  },
} as const satisfies Record<string, Deadline>;

export type DeadlineId = keyof typeof deadlineData;

/** Validated once when the build loads the data. */
export const deadlines: Record<DeadlineId, Deadline> = z
  .record(z.string(), deadlineSchema)
  .parse(deadlineData) as Record<DeadlineId, Deadline>;

/** 15日, 3个月: how a deadline reads in a sentence. */
export const deadlineLength = (deadline: Deadline) => `${deadline.amount}${deadline.unit}`;

/** Every deadline's length as a sentence reads it (e.g. 20日), by id: what the letters fill in. */
export const deadlineTexts: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(deadlines).map(([id, deadline]) => [id, deadlineLength(deadline)]),
);
