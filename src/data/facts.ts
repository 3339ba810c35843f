/**
 * Facts that change over time: the LPR, hotline numbers and what they take,
 * the one-off credit-repair window. Each lives once, here, with where it
 * comes from and the day it was last checked; articles write `{{fact-id}}`,
 * tools and components read `facts`, and every page shows the check date next
 * to the value. A value that fails its schema stops the build.
 */
import { z } from 'zod';
import { parseCalendarDate } from '../lib/dates';

const day = z
  .string()
  .refine((text) => parseCalendarDate(text) !== undefined, { error: '要写成 YYYY-MM-DD' });

const source = z.strictObject({
  title: z.string().min(2),
  issuer: z.string().min(2),
  url: z.url({ protocol: /^https?$/ }),
});

const checked = z.strictObject({
  /** The day someone last compared the value with its source. */
  on: day,
  /** true only when the value was read in the source itself; otherwise the page says it could not be confirmed. */
  confirmed: z.boolean(),
  /** What was compared with what, shown where the fact is explained. */
  note: z.string().min(10),
});

const hotline = z
  .strictObject({
    number: z.string().regex(/^\d{3,6}$/),
    /** Who answers, e.g. 国家金融监督管理总局. */
    name: z.string().min(2),
    /** What it takes, in a reader's words; the channel's own published scope wins. */
    takes: z.string().min(4),
    /** Where the number is published, when that is a page rather than a statute. */
    source: source.optional(),
    /** The statute article that sets the channel up, written as a citation (linked to /laws/). */
    basis: z.string().optional(),
    checked,
  })
  .refine((line) => line.source !== undefined || line.basis !== undefined, {
    error: '要写 source 或 basis',
  });

export const factsSchema = z.strictObject({
  lpr: z.strictObject({
    /** One-year Loan Prime Rate as a fraction: 0.03 is 3.0%. */
    oneYear: z.number().positive().max(0.2),
    effectiveFrom: day,
    source,
    checked,
  }),
  hotlines: z.record(z.string().regex(/^\d{3,6}$/), hotline),
  creditRepair: z.strictObject({
    /** Overdue entries that arose in this window qualified. */
    arisingFrom: day,
    arisingTo: day,
    /** Largest single overdue amount, in yuan. */
    maxAmountYuan: z.int().positive(),
    /** Repaid in full by this day (inclusive). */
    repaidBy: day,
    announced: day,
    checked,
  }),
});

export type Facts = z.output<typeof factsSchema>;

export const facts: Facts = factsSchema.parse({
  lpr: {
    oneYear: 0.03,
    effectiveFrom: '2025-05-20',
    source: {
      title: '贷款市场报价利率（LPR）',
      issuer: '全国银行间同业拆借中心',
      url: 'https://www.chinamoney.com.cn/',
    },
    checked: {
      on: '2026-11-25',
      confirmed: false,
      note: '数值据公开报道：2025年5月20日起一年期LPR为3.0%，至少到2026年6月没有变化。本站没能在全国银行间同业拆借中心网站核对此后公布的数值。',
    },
  },
  hotlines: {
    '12378': {
      number: '12378',
      name: '国家金融监督管理总局消费者投诉热线',
      takes: '银行、消费金融公司等持牌金融机构的收费、服务和催收问题',
      source: {
        title: '国家金融监督管理总局网站',
        issuer: '国家金融监督管理总局',
        url: 'https://www.nfra.gov.cn/',
      },
      checked: {
        on: '2026-11-25',
        confirmed: false,
        note: '号码和受理范围据公开资料整理，没能在国家金融监督管理总局网站上读到公布受理范围的页面；受理范围以该局公布的为准。',
      },
    },
    '12348': {
      number: '12348',
      name: '公共法律服务热线',
      takes: '免费法律咨询，并告诉你怎样申请法律援助',
      basis: '《山东省公共法律服务条例》第13条',
      checked: {
        on: '2026-11-25',
        confirmed: false,
        note: '《山东省公共法律服务条例》第13条要求建设12348公共法律服务热线平台；它在其他地区是否开通、怎样接听，没能逐一核对。',
      },
    },
    '12368': {
      number: '12368',
      name: '人民法院诉讼服务热线',
      takes: '查询案件信息、核实法院短信和电话的真假',
      source: {
        title: '“12368”司法服务热线（法院诉讼服务介绍）',
        issuer: '河北省法院系统网站',
        url: 'https://tskpfy.hebeicourt.gov.cn/article/detail/2021/02/id/5810355.shtml',
      },
      checked: {
        on: '2026-11-25',
        confirmed: true,
        note: '号码和用途见河北省一家法院网站的介绍；各地法院是否开通、服务时间，以当地法院公布的为准。',
      },
    },
    '12356': {
      number: '12356',
      name: '全国统一心理援助热线',
      takes: '情绪支持、心理援助和危机干预',
      source: {
        title: '《“12356”将成为全国统一心理援助热线》（人民日报海外版，2024年12月27日）',
        issuer: '人民网',
        url: 'http://gs.people.com.cn/BIG5/n2/2024/1227/c183356-41089989.html',
      },
      checked: {
        on: '2026-11-25',
        confirmed: true,
        note: '据人民网转载的报道：国家卫生健康委2024年12月25日通知设置12356全国统一心理援助热线。没能在国家卫生健康委网站读到通知原文。',
      },
    },
    '12321': {
      number: '12321',
      name: '网络不良与垃圾信息举报受理中心',
      takes: '骚扰电话、垃圾短信的举报',
      source: {
        title: '12321网络不良与垃圾信息举报受理中心',
        issuer: '12321网络不良与垃圾信息举报受理中心',
        url: 'https://www.12321.cn/',
      },
      checked: {
        on: '2026-11-25',
        confirmed: false,
        note: '号码据公开资料，没能打开该中心网站核对受理范围。',
      },
    },
    '12315': {
      number: '12315',
      name: '市场监督管理投诉举报',
      takes: '消费投诉；借贷纠纷一般不归它管',
      basis: '《市场监督管理投诉举报处理暂行办法》第15条',
      checked: {
        on: '2026-11-25',
        confirmed: false,
        note: '《市场监督管理投诉举报处理暂行办法》规定了市场监管部门受理投诉的范围，不属于其职责的不予受理；12315这个号码据公开资料。',
      },
    },
  },
  creditRepair: {
    arisingFrom: '2020-01-01',
    arisingTo: '2025-12-31',
    maxAmountYuan: 10_000,
    repaidBy: '2026-03-31',
    announced: '2025-12-22',
    checked: {
      on: '2026-11-25',
      confirmed: false,
      note: '据中国人民银行2025年12月22日发布时的公开介绍和当时的新闻报道；本站没能取得文件原文和文号。',
    },
  },
});
