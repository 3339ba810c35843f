/**
 * The values behind src/data/facts.ts, as plain data: the calculators' browser
 * code reads the LPR from here without shipping the schema library, and
 * facts.ts validates this object when the build loads it.
 */
export const factsData = {
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
} as const;
