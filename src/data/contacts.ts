/**
 * 该找谁: the channels a reader can turn to, and which of them fits each
 * problem, by who lent the money. Hotline numbers are never typed here: a
 * channel names its entry in src/data/facts.ts and the page shows the number,
 * what it takes and the day it was checked from there. Text may cite statutes
 * and write {{fact}} tokens, as in articles.
 */
import { z } from 'zod';
import { facts } from './facts';

export const channelSchema = z.strictObject({
  /** The anchor on /help/contacts/, e.g. nfra. */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  name: z.string().min(2),
  /** The hotline in src/data/facts.ts this channel is, if it is one. */
  hotline: z
    .string()
    .regex(/^\d{3,6}$/)
    .optional(),
  /** How to reach it, when it is not one of the hotlines in the facts data. */
  reach: z.string().min(4).optional(),
  /** What it takes, when the facts data does not say. */
  takes: z.string().min(4).optional(),
  /** What to have ready before calling or writing. */
  prepare: z.string().min(4),
  /** When to expect an answer, with its legal basis where the law sets one. */
  reply: z.string().min(4),
});

export type Channel = z.output<typeof channelSchema>;

const lenderTypes = {
  licensed: '银行、消费金融公司',
  smallLoan: '小额贷款公司',
  unlicensed: '没有放贷资格的公司或个人',
  any: '不论谁借给你的',
} as const;

export type LenderType = keyof typeof lenderTypes;
export const lenderTypeLabel = (type: LenderType) => lenderTypes[type];

export const problemSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  problem: z.string().min(2),
  /** Channels in the order to try them, by lender type. */
  routes: z
    .array(
      z.strictObject({
        lender: z.enum(Object.keys(lenderTypes) as [LenderType, ...LenderType[]]),
        channels: z.array(z.string()).min(1),
      }),
    )
    .min(1),
  /** What else to know, e.g. what the channel cannot do. */
  note: z.string().min(6).optional(),
  /** The article that explains it in full. */
  article: z.string(),
});

export type Problem = z.output<typeof problemSchema>;

const channelData: z.input<typeof channelSchema>[] = [
  {
    id: 'police',
    name: '110 报警',
    reach: '拨打 110，或者到附近派出所报案。',
    takes:
      '威胁人身安全，多次发送恐吓信息或者滋扰、纠缠、跟踪，散布隐私（《治安管理处罚法》第50条）；限制人身自由（《刑法》第238条）；诈骗（《刑法》第266条）。',
    prepare: '截图、录音、对方号码，按时间顺序写一张经过；记下接警编号或报案回执。',
    reply: '怎样处理由公安机关依法判断；保留回执，以后投诉、起诉都用得上。',
  },
  {
    id: 'lender',
    name: '放贷机构自己的客服和投诉渠道',
    reach: 'App 里的“客服”“投诉”入口，或者借款合同上写的官方电话。',
    takes: '催收方式、费用、协商还款，以及你对这笔借款的任何疑问。多数问题先从这里开始。',
    prepare: '借款编号、出借方全称、发生了什么、你希望对方怎么做；要一个工单号。',
    reply:
      '法律没有统一规定答复期限，以机构公布的为准；记下提交日期，过期没有答复就向监管部门反映。',
  },
  {
    id: 'nfra',
    name: '国家金融监督管理总局',
    hotline: '12378',
    prepare: '出借方全称、借款编号、你向机构投诉过的记录和工单号。',
    reply: '受理范围和答复时间以国家金融监督管理总局公布的为准。',
  },
  {
    id: 'local-finance',
    name: '地方金融管理部门',
    reach: '小额贷款公司所在地的地方金融管理部门；联系方式以当地政府公布的为准。',
    takes:
      '小额贷款公司的经营和催收问题：由地方金融监管部门监管的小额贷款公司，属于经金融监管部门批准设立的金融机构（《最高人民法院关于新民间借贷司法解释适用范围问题的批复》第1条）。',
    prepare: '公司全称和所在地、借款合同、截图和录音。',
    reply: '本站没能核对各地的受理方式和答复期限，以当地公布的为准。',
  },
  {
    id: 'credit-dispute',
    name: '向征信机构或报送信息的机构提异议',
    reach: '人民银行征信中心，或者把这条记录报上去的放贷机构。',
    takes: '信用报告里的信息有错误、遗漏（《征信业管理条例》第25条）。',
    prepare: '写明哪一条记录、错在哪里，附上还款记录、结清证明等凭证。',
    reply:
      '对方应当自收到异议之日起{{deadline-credit-dispute}}内核查处理并书面答复（《征信业管理条例》第25条）。',
  },
  {
    id: 'pboc',
    name: '当地人民银行分支机构',
    reach: '你所在地的人民银行分支机构。',
    takes:
      '征信机构或者报送、查询信息的机构侵害你的合法权益，包括不处理异议（《征信业管理条例》第26条）。',
    prepare: '异议的提交凭证和对方的答复（或者超期没有答复的记录）。',
    reply: '受理投诉的机构应当自受理之日起30日内书面答复（《征信业管理条例》第26条）。',
  },
  {
    id: 'privacy',
    name: '履行个人信息保护职责的部门',
    reach:
      '国家网信部门负责统筹协调个人信息保护工作，国务院有关部门和县级以上地方政府有关部门在各自职责范围内负责（《个人信息保护法》第60条）；这些部门应当公布接受投诉、举报的联系方式（《个人信息保护法》第65条）。可以先向当地网信部门反映；信息被群发给亲友、被贩卖的，同时报警。',
    takes: '违法处理个人信息：泄露、群发你的信息，未经同意把信息交给别人。',
    prepare: '截图（含发送号码和时间）、收到信息的家人朋友的说明。',
    reply: '收到投诉、举报的部门应当依法及时处理，并把处理结果告诉你（《个人信息保护法》第65条）。',
  },
  {
    id: 'spam',
    name: '骚扰电话、垃圾短信举报',
    hotline: '12321',
    prepare: '来电号码、短信截图和时间。',
    reply: '以该中心公布的为准。',
  },
  {
    id: 'court',
    name: '法院',
    hotline: '12368',
    prepare: '法院全称、案号；没有案号的，报上你的姓名和身份证号，问有没有你的案子。',
    reply: '服务时间以当地法院公布的为准；期限按你收到的文书算，见“我收到了……”。',
  },
  {
    id: 'legal-aid',
    name: '公共法律服务热线和法律援助机构',
    hotline: '12348',
    takes:
      '法律援助机构通过窗口、电话、网络提供法律咨询，并告诉你申请法律援助的条件和程序（《法律援助法》第23条）。',
    prepare: '合同、收到的文书、还款记录；申请代理的，准备说明经济困难的材料。',
    reply:
      '咨询没有经济条件的限制；申请法律援助的，法律援助机构应当自收到申请之日起七日内作出是否给予的决定（《法律援助法》第43条）。',
  },
  {
    id: 'crisis',
    name: '心理援助热线',
    hotline: '12356',
    prepare: '不用准备什么，拨通就可以说。',
    reply: '接听时间以当地公布的为准；有生命危险时，直接拨打 110 或 120。',
  },
];

const problemData: z.input<typeof problemSchema>[] = [
  {
    id: 'harassment',
    problem: '催收骚扰、威胁',
    routes: [
      { lender: 'any', channels: ['police', 'lender', 'spam'] },
      { lender: 'licensed', channels: ['nfra'] },
      { lender: 'smallLoan', channels: ['local-finance'] },
    ],
    note: '有人身危险，先打 110，别的事以后再说。',
    article: 'abusive-collection',
  },
  {
    id: 'family',
    problem: '催收联系你的家人、朋友、同事',
    routes: [
      { lender: 'any', channels: ['lender', 'privacy', 'police'] },
      { lender: 'licensed', channels: ['nfra'] },
      { lender: 'smallLoan', channels: ['local-finance'] },
    ],
    note: '对方散布你的隐私、上门滋扰的，可以报警。',
    article: 'contacts-harassed',
  },
  {
    id: 'data',
    problem: '个人信息被泄露、被乱用',
    routes: [{ lender: 'any', channels: ['lender', 'privacy', 'police'] }],
    article: 'abusive-collection',
  },
  {
    id: 'fees',
    problem: '费用、利率不合理',
    routes: [
      { lender: 'any', channels: ['lender'] },
      { lender: 'licensed', channels: ['nfra'] },
      { lender: 'smallLoan', channels: ['local-finance'] },
    ],
    note: '已经被起诉的，在答辩里提出，由法院认定。',
    article: 'true-interest-rate',
  },
  {
    id: 'credit',
    problem: '信用报告记错了',
    routes: [{ lender: 'any', channels: ['credit-dispute', 'pboc'] }],
    note: '也可以直接向法院起诉（《征信业管理条例》第26条）。真实的逾期记录谁也删不掉，别付钱给“修复”中介。',
    article: 'credit-report',
  },
  {
    id: 'illegal',
    problem: '借到了无资质的贷款，或者被骗了',
    routes: [{ lender: 'unlicensed', channels: ['police', 'legal-aid'] }],
    article: 'illegal-lenders',
  },
  {
    id: 'court-matters',
    problem: '法院的短信、文书、开庭',
    routes: [{ lender: 'any', channels: ['court', 'legal-aid'] }],
    article: 'sued-or-court-message',
  },
  {
    id: 'legal-help',
    problem: '想找人免费问问法律问题',
    routes: [{ lender: 'any', channels: ['legal-aid'] }],
    article: 'legal-aid',
  },
  {
    id: 'crisis',
    problem: '情绪撑不住、想不开',
    routes: [{ lender: 'any', channels: ['crisis', 'police'] }],
    article: 'mental-health-help',
  },
];

const checkedChannels = z
  .array(channelSchema)
  .refine((channels) => new Set(channels.map((c) => c.id)).size === channels.length, {
    error: '有重复的渠道 id',
  })
  .parse(channelData);

for (const channel of checkedChannels) {
  if (channel.hotline !== undefined && !facts.hotlines[channel.hotline])
    throw new Error(
      `src/data/contacts.ts：渠道“${channel.id}”的热线 ${channel.hotline} 不在 src/data/facts.ts`,
    );
  if (channel.hotline === undefined && (channel.reach === undefined || channel.takes === undefined))
    throw new Error(`src/data/contacts.ts：渠道“${channel.id}”不是热线，要写 reach 和 takes`);
}

/** Validated once when the build loads the data. */
export const channels: Channel[] = checkedChannels;

export const problems: Problem[] = z
  .array(problemSchema)
  .superRefine((list, context) => {
    const known = new Set(checkedChannels.map((channel) => channel.id));
    for (const problem of list)
      for (const route of problem.routes)
        for (const id of route.channels)
          if (!known.has(id))
            context.addIssue({ code: 'custom', message: `“${problem.id}”用了不存在的渠道“${id}”` });
  })
  .parse(problemData);
