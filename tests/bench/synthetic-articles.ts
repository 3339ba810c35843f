/**
 * Deterministic synthetic articles for the scale benchmark: realistic Chinese
 * text in the site's own vocabulary, varied lengths, h2/h3 headings, tags and
 * links between articles, all valid against the real schema. Same seed, same
 * articles, so runs on different days compare.
 */

/** mulberry32: a tiny, well-distributed PRNG; Math.random cannot be seeded. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const subjects = [
  '你',
  '借款人',
  '平台',
  '对方',
  '银行',
  '工作人员',
  '家人',
  '律师',
  '客服',
  '我们',
];
const verbs = [
  '需要先确认',
  '可以要求',
  '应当保留',
  '不必担心',
  '最好记下',
  '可以申请',
  '要核对',
  '可以拒绝',
  '应该了解',
  '可以商量',
];
const connectors = [
  '同时',
  '另外',
  '如果情况允许',
  '在此之前',
  '一般来说',
  '需要注意的是',
  '更重要的是',
];

/**
 * Topics with their own words, so that, as on a real site, a given term
 * appears in some articles and not in all of them. A corpus where every
 * article uses every word would make each search fetch the whole index.
 */
const topics: { objects: string[]; headings: string[] }[] = [
  {
    objects: ['催收电话的录音', '催收短信的截图', '骚扰通话的记录', '威胁恐吓的证据'],
    headings: ['遇到催收', '保留证据'],
  },
  {
    objects: ['征信报告上的记录', '信用报告的查询次数', '异议申请的回执', '不良记录的保存期限'],
    headings: ['征信影响', '查询报告'],
  },
  {
    objects: ['分期还款的书面确认', '延期还款的申请', '减免罚息的条件', '协商结果的短信'],
    headings: ['怎样协商', '谈妥之后'],
  },
  {
    objects: ['法院送达的起诉状', '开庭的传票', '判决书的内容', '答辩的期限'],
    headings: ['法院程序', '收到传票'],
  },
  {
    objects: ['合同里的年化利率', '砍头息的金额', '服务费的名目', '实际到手的本金'],
    headings: ['算清利息', '费用构成'],
  },
  {
    objects: ['通讯录的授权', '个人信息的用途', '照片和身份证的复印件', '删除信息的请求'],
    headings: ['个人信息', '权限设置'],
  },
  {
    objects: ['每月房租和水电', '孩子的学费', '看病买药的钱', '交通和伙食开支'],
    headings: ['预算安排', '生活开支'],
  },
  {
    objects: ['法律援助中心的地址', '律师执业证的信息', '公证处的材料清单', '司法所的值班时间'],
    headings: ['求助渠道', '找律师'],
  },
  {
    objects: ['信用卡的账单日', '最低还款额的规则', '个性化分期的条件', '卡片的年费'],
    headings: ['信用卡', '账单处理'],
  },
  {
    objects: ['焦虑失眠的信号', '和朋友聊天的机会', '心理门诊的挂号', '散步运动的时间'],
    headings: ['照顾自己', '情绪压力'],
  },
  {
    objects: ['债务整合的方案', '以贷养贷的风险', '代还中介的收费', '银行消费贷的利率'],
    headings: ['债务整合', '避开陷阱'],
  },
  {
    objects: ['担保合同的条款', '配偶共同签字的借款', '婚后家庭开支的证明', '担保人的责任范围'],
    headings: ['家人责任', '担保问题'],
  },
];

export const syntheticTags = [
  '逾期',
  '催收',
  '征信',
  '协商',
  '还款计划',
  '利率',
  '诉讼',
  '法律援助',
  '个人信息',
  '预算',
];

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}

function sentence(random: () => number, objects: readonly string[]): string {
  const lead = random() < 0.3 ? `${pick(random, connectors)}，` : '';
  return `${lead}${pick(random, subjects)}${pick(random, verbs)}${pick(random, objects)}。`;
}

export interface SyntheticArticle {
  slug: string;
  source: string;
}

export function syntheticSlug(index: number): string {
  return `bench-${String(index).padStart(5, '0')}`;
}

/** Citations the real content/laws/ backs, so synthetic articles cost the build what real ones do. */
export const syntheticCitations = [
  '《征信业管理条例》第16条',
  '《民法典》第1033条',
  '《民事诉讼法》第128条',
  '《个人信息保护法》第10条',
] as const;

export function generateArticle(
  index: number,
  total: number,
  categoryIds: readonly string[],
  seed = 20261125,
): SyntheticArticle {
  const random = seededRandom(seed + index * 7919);
  const slug = syntheticSlug(index);
  const main = topics[index % topics.length] as (typeof topics)[number];
  const second = pick(random, topics);
  const objects = [...main.objects, ...main.objects, ...second.objects];
  const headingWords = [...main.headings, ...second.headings, '下一步', '常见误区'];
  const sections = 2 + Math.floor(random() * 5);
  const body: string[] = [
    '## 要点',
    '',
    ...Array.from({ length: 3 }, () => `- ${sentence(random, objects)}`),
    '',
  ];
  for (let section = 0; section < sections; section++) {
    body.push(`## ${pick(random, headingWords)}（${section + 1}）`, '');
    const paragraphs = 1 + Math.floor(random() * 5);
    for (let paragraph = 0; paragraph < paragraphs; paragraph++) {
      const sentences = Array.from({ length: 2 + Math.floor(random() * 6) }, () =>
        sentence(random, objects),
      );
      // Real articles cite statutes in about a third of their paragraphs; the build links each one.
      if (random() < 0.35) sentences.push(`（${pick(random, syntheticCitations)}）`);
      if (random() < 0.3 && total > 1) {
        const target = syntheticSlug(Math.floor(random() * total));
        sentences.push(`详见[相关说明](/articles/${target}/)。`);
      }
      body.push(sentences.join(''), '');
    }
    if (random() < 0.4)
      body.push(
        `### ${pick(random, objects)}`,
        '',
        sentence(random, objects) + sentence(random, objects),
        '',
      );
  }
  const tags = [
    ...new Set(
      Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(random, syntheticTags)),
    ),
  ];
  const day = 1 + (index % 28);
  const frontmatter = [
    '---',
    `title: 第${index + 1}篇：${pick(random, headingWords)}与${pick(random, objects)}`,
    `description: ${sentence(random, objects)}${sentence(random, objects)}`,
    `category: ${categoryIds[index % categoryIds.length]}`,
    `tags: [${tags.join(', ')}]`,
    `keywords: [${pick(random, objects)}]`,
    `published: 2025-${String(1 + (index % 12)).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    `order: ${index}`,
    '---',
    '',
  ];
  return { slug, source: [...frontmatter, ...body].join('\n') };
}
