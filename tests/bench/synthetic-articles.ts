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
  '催收人员',
  '银行',
  '法院',
  '家人',
  '律师',
  '客服',
  '征信中心',
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
  '可以协商',
];
const objects = [
  '每一笔欠款的到期日',
  '合同里的年化利率',
  '通话录音和短信截图',
  '征信报告上的逾期记录',
  '分期还款的书面确认',
  '减免罚息的具体条件',
  '法院送达的起诉材料',
  '个人信息被泄露的证据',
  '每月必要的生活开支',
  '平台客服的官方电话',
  '还款计划的执行情况',
  '利息和费用的计算方式',
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
const headingWords = [
  '先做什么',
  '哪些不用怕',
  '怎样协商',
  '保留证据',
  '算清利息',
  '征信影响',
  '法院程序',
  '求助渠道',
  '家人沟通',
  '预算安排',
  '常见误区',
  '下一步',
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

function sentence(random: () => number): string {
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

export function generateArticle(
  index: number,
  total: number,
  categoryIds: readonly string[],
  seed = 20261125,
): SyntheticArticle {
  const random = seededRandom(seed + index * 7919);
  const slug = syntheticSlug(index);
  const sections = 2 + Math.floor(random() * 5);
  const body: string[] = [
    '## 要点',
    '',
    ...Array.from({ length: 3 }, () => `- ${sentence(random)}`),
    '',
  ];
  for (let section = 0; section < sections; section++) {
    body.push(`## ${pick(random, headingWords)}（${section + 1}）`, '');
    const paragraphs = 1 + Math.floor(random() * 5);
    for (let paragraph = 0; paragraph < paragraphs; paragraph++) {
      const sentences = Array.from({ length: 2 + Math.floor(random() * 6) }, () =>
        sentence(random),
      );
      if (random() < 0.3 && total > 1) {
        const target = syntheticSlug(Math.floor(random() * total));
        sentences.push(`详见[相关说明](/articles/${target}/)。`);
      }
      body.push(sentences.join(''), '');
    }
    if (random() < 0.4)
      body.push(`### ${pick(random, objects)}`, '', sentence(random) + sentence(random), '');
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
    `description: ${sentence(random)}${sentence(random)}`,
    `category: ${categoryIds[index % categoryIds.length]}`,
    `tags: [${tags.join(', ')}]`,
    `keywords: [${pick(random, objects)}]`,
    `published: 2025-${String(1 + (index % 12)).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    `order: ${index}`,
    'sources:',
    '  - title: 《征信业管理条例》第16条',
    '    issuer: 国务院',
    '    url: https://flk.npc.gov.cn/',
    '---',
    '',
  ];
  return { slug, source: [...frontmatter, ...body].join('\n') };
}
