/**
 * 我收到了……: one entry for each thing a reader may be holding, in the order
 * it usually arrives. Each says how to tell it is real, the time limit (read
 * from src/data/deadlines.ts, or why there is none), what to do today and
 * which article to read next. Text may cite statutes (linked to /laws/) and
 * write {{fact}} tokens; the page fails the build on a citation the law
 * collection cannot back or an article slug that does not exist.
 */
import { z } from 'zod';
import { deadlines, type DeadlineId } from './deadlines';

const deadlineId = z.enum(Object.keys(deadlines) as [DeadlineId, ...DeadlineId[]]);

export const receivedSchema = z
  .strictObject({
    /** The anchor on /help/received/, e.g. payment-order. */
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    /** What the reader is holding, in their words. */
    title: z.string().min(2).max(30),
    /** How to tell it is real: official routes only, never a link or number in the message. */
    real: z.string().min(10),
    /** The statutory time limits that run from it. */
    deadlines: z.array(deadlineId).default([]),
    /** When there is no statutory limit, or something the limits above do not say. */
    timing: z.string().min(6).optional(),
    /** The first things to do today. */
    today: z.array(z.string().min(4)).min(1).max(4),
    /** Articles to read next, most useful first. */
    next: z.array(z.string()).min(1).max(3),
  })
  .refine((entry) => entry.deadlines.length > 0 || entry.timing !== undefined, {
    error: '没有法定期限的，要在 timing 里说明',
  });

export type Received = z.output<typeof receivedSchema>;

const receivedData: z.input<typeof receivedSchema>[] = [
  {
    id: 'threat',
    title: '催收电话、短信里有威胁',
    real: '催收可以提醒你还款，但不能威胁、恐吓。使用暴力、胁迫方法，或者恐吓、跟踪、骚扰他人，催收高利放贷等产生的非法债务，情节严重的，可能构成犯罪（《刑法》第293条之一）。',
    timing: '没有法定期限。不理会威胁，不等于它会成真；要做的是留证据。',
    today: [
      '有人说要伤害你或家人、已经找上门的，拨打 110。',
      '保存短信、录音和截图，记下号码、时间和对方说了什么。',
      '不在电话里争吵，也不答应你做不到的金额和日期。',
    ],
    next: ['collection-call', 'abusive-collection'],
  },
  {
    id: 'contacts',
    title: '说要上门、要“爆通讯录”、要找你家人',
    real: '任何组织或者个人不得以泄露、公开等方式侵害他人的隐私权（《民法典》第1032条）；非法侵入他人住宅的，可能构成犯罪（《刑法》第245条）。把你的欠款群发给通讯录里的人，可以投诉，情节严重的可以报警。',
    timing: '没有法定期限。',
    today: [
      '先跟可能接到电话的家人说一声：不替你表态、不转钱、不签字。',
      '对方上门不肯走，或者闯进家里的，拨打 110。',
      '让家人截图保存收到的短信，作为投诉和报警的证据。',
    ],
    next: ['contacts-harassed', 'abusive-collection'],
  },
  {
    id: 'lawyer-letter',
    title: '律师函、催告函',
    real: '律师函是律师受委托写的信，不是法院文书，本身不能强制你做什么。没有取得律师执业证书的人员，不得以律师名义从事法律服务业务（《律师法》第13条）；可以用你自己查到的电话，向函上的律师事务所核实。',
    timing:
      '函上写的“几日内还款”是对方的要求，不是法定期限。但对方向你提出还款请求，诉讼时效会中断、重新计算（《民法典》第195条）。',
    today: [
      '核对函中的金额，请对方把本金、利息和费用分开列明。',
      '想协商的，书面回复你做得到的方案，保留发送记录。',
      '不点函里的链接，不扫码付款。',
    ],
    next: ['negotiate-with-lenders', 'myths'],
  },
  {
    id: 'court-message',
    title: '法院的短信、电话（说你被起诉了）',
    real: '不点短信里的链接，不回拨短信里的号码；用你自己查到的法院电话，或者{{hotline-12368}}，核实有没有这个案子。借款合同里约定过电子送达的，法院发到手机的短信、邮件可能就是正式送达（《人民法院在线诉讼规则》第29条）。',
    timing: '短信本身不一定带期限。问清它送达的是哪份文书，期限按那份文书算，见本页下面各项。',
    today: [
      '当天核实，记下法院全称、案号和承办人。',
      '问清送达的是起诉状副本、传票还是判决书，哪天送达的。',
    ],
    next: ['sued-or-court-message'],
  },
  {
    id: 'complaint',
    title: '起诉状副本、应诉通知书',
    real: '由法院送达，写明法院名称和案号。用你自己查到的法院电话核实。',
    deadlines: ['answer'],
    today: [
      '写下收到的日期，算出答辩期的最后一天。',
      '找齐借款合同、到账和还款记录，算出实际到手和已还的金额。',
      '写答辩状，对利息和费用提出意见；拿不准的，先打{{hotline-12348}}问问。',
    ],
    next: ['sued-or-court-message', 'legal-aid'],
  },
  {
    id: 'summons',
    title: '传票（开庭通知）',
    real: '写明开庭的时间、地点和案号。用你自己查到的法院电话核实。',
    timing:
      '期限就是传票上的开庭时间。被告经传票传唤，无正当理由拒不到庭的，法院可以缺席判决（《民事诉讼法》第147条）。',
    today: [
      '把开庭时间记在日历上，安排好请假和路程。',
      '确实去不了的，尽早向法院说明理由，问能否改期或者在线开庭。',
      '准备身份证件、证据原件和答辩材料。',
    ],
    next: ['sued-or-court-message'],
  },
  {
    id: 'payment-order',
    title: '支付令',
    real: '支付令由基层人民法院发出（《民事诉讼法》第225条），有案号。用你自己查到的法院电话核实。',
    deadlines: ['payment-order'],
    timing:
      '期限内既不异议也不还钱的，对方可以直接申请执行（《民事诉讼法》第227条）；书面异议成立的，支付令失效，转入诉讼（《民事诉讼法》第228条）。',
    today: [
      '对金额有意见的，在期限内向发出支付令的法院交书面异议，写明理由。',
      '留下交异议的凭证：法院回执或者邮寄单号。',
    ],
    next: ['sued-or-court-message'],
  },
  {
    id: 'arbitration',
    title: '仲裁通知、仲裁申请书副本',
    real: '仲裁机构要经省、自治区、直辖市的司法行政部门登记（《仲裁法》第14条），并公开章程、仲裁规则、仲裁员名册等信息（《仲裁法》第20条）。用你自己查到的电话核实；要你往个人账户转钱来“撤销仲裁”的，不是仲裁程序。',
    deadlines: ['arbitration-set-aside', 'arbitration-no-enforcement'],
    timing:
      '答辩的期限由仲裁规则规定（《仲裁法》第36条）；认为自己没有签过仲裁协议或者协议无效的，要在仲裁庭首次开庭前提出（《仲裁法》第31条）。',
    today: [
      '核实机构和案号，要一份仲裁规则，算出答辩期限。',
      '翻出借款合同，看仲裁条款写的是哪家机构。',
    ],
    next: ['arbitration-notice'],
  },
  {
    id: 'frozen',
    title: '银行卡被冻结、存款被扣划',
    real: '因为欠款冻结、划拨存款，要有法院裁定（《民事诉讼法》第103条、第253条），催收机构和“调解中心”做不到。但冻结存款的不只是法院，先问开户行：是哪个机关冻结或限制的、依据什么文书、案号是多少。',
    deadlines: ['preservation-review', 'enforcement-objection', 'enforcement-objection-review'],
    timing:
      '下面的期限只适用于法院的冻结。公安机关冻结、银行限制账户功能的，不走这些程序，按下面列出的办法问清楚。',
    today: [
      '开户行说是法院冻结的：用你自己查到的电话向那家法院核实案号，问清是判决前的财产保全，还是判决后的强制执行。',
      '开户行说是公安机关冻结的：这是刑事侦查中的措施（《刑事诉讼法》第144条），和欠款官司无关，向办案的公安机关问清原因；查明与案件无关的，应当在三日以内解除（《刑事诉讼法》第145条）。',
      '开户行说是限制了卡或账户的功能（出租、出借过银行卡、帮人转过账的常见）：问清是谁认定的、依据什么；对认定和措施有异议的，可以申诉（《反电信网络诈骗法》第31条）。',
      '法院扣划时连生活必需的钱也扣了的，向法院书面说明，请求保留被执行人及其所扶养家属的生活必需费用（《民事诉讼法》第254条）。',
    ],
    next: ['frozen-account'],
  },
  {
    id: 'enforcement',
    title: '执行通知书、报告财产令',
    real: '来自执行法院，有执行案号。用你自己查到的法院电话核实。',
    timing:
      '报告财产的期限以报告财产令上写的为准。要报告当前以及收到执行通知之日前一年的财产情况；拒绝报告或者虚假报告的，可以被罚款、拘留（《民事诉讼法》第252条）。',
    today: [
      '按期如实报告财产；没有财产，也如实写明。',
      '能还一部分的，和申请执行人商量执行和解，协议内容要记入笔录（《民事诉讼法》第241条）。',
    ],
    next: ['frozen-account'],
  },
  {
    id: 'blacklist',
    title: '被列为失信被执行人、被限制高消费',
    real: '可以在中国执行信息公开网按姓名查询，或者向执行法院核实。',
    timing:
      '没有期限。履行完毕，或者达成执行和解协议并且履行完毕的，法院应当在三个工作日内删除失信信息（《最高人民法院关于公布失信被执行人名单信息的若干规定》第10条）。',
    today: [
      '向执行法院问清案号、还欠多少、怎样履行。',
      '认为不该被列入的，带上材料先找法律援助机构问清怎么提出。',
    ],
    next: ['frozen-account', 'pay-off-and-rebuild'],
  },
  {
    id: 'assigned',
    title: '“你的欠款已转让”的通知',
    real: '债权转让要通知你，才对你发生效力（《民法典》第546条）；接到通知后，你对原债权人的抗辩可以向新债权人主张（《民法典》第548条）。向原平台的官方客服核实转让是否属实。',
    timing: '没有法定期限。',
    today: ['请对方出示转让凭证，并向原平台核实。', '只向核实过的机构对公账户还款，不付给个人。'],
    next: ['debt-sold'],
  },
  {
    id: 'credit-notice',
    title: '“即将上报征信”的通知',
    real: '放贷方报送你的不良信息前，应当事先告知你本人（《征信业管理条例》第15条），这类通知可能就是告知。只信官方号码和 App 内的消息。',
    deadlines: ['credit-dispute'],
    timing: '通知本身没有给你设期限。记录有错时，上面是对方答复你异议的期限。',
    today: ['核对欠款是否属实。', '属实的，尽快联系平台协商；有错的，提出异议并保留凭证。'],
    next: ['credit-report', 'negotiate-with-lenders'],
  },
  {
    id: 'mediation',
    title: '“诉前调解”的电话',
    real: '起诉到法院的纠纷，适宜调解的先行调解，但当事人拒绝调解的除外（《民事诉讼法》第125条）。问清是哪家法院、案号是多少，再用你自己查到的电话向法院核实；自称“调解中心”的也可能是催收。',
    timing: '没有法定期限。你可以同意调解，也可以拒绝。',
    today: [
      '核实来电的法院和案号。',
      '愿意调解的，先准备好你做得到的还款方案；调解协议签了就要履行，不答应做不到的。',
    ],
    next: ['sued-or-court-message', 'negotiate-with-lenders'],
  },
  {
    id: 'judgment',
    title: '一审判决书',
    real: '判决书有法院名称、案号和印章。用你自己查到的法院电话核实。',
    deadlines: ['appeal', 'enforcement-application'],
    today: [
      '写下送达日期，算出上诉期的最后一天。',
      '决定是否上诉前，可以先免费咨询法律援助。',
      '判决生效后一时履行不了的，主动和对方商量执行和解。',
    ],
    next: ['sued-or-court-message', 'legal-aid'],
  },
];

/** Validated once when the build loads the data. */
export const received: Received[] = z
  .array(receivedSchema)
  .min(12)
  .refine((entries) => new Set(entries.map((entry) => entry.id)).size === entries.length, {
    error: '有重复的 id',
  })
  .parse(receivedData);
