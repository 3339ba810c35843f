/**
 * The content model, in one module: what an author may write in frontmatter
 * and what the build refuses, for articles, questions, categories, glossary
 * terms and loan products (law entries: src/lib/laws/law-schema.ts). Each
 * field's comment is its authoring documentation (the README's frontmatter
 * table repeats it). A wrong field fails the build with the file name, the
 * field and one of the messages below. src/content.config.ts only wires these
 * to their folders; the types the pages use are derived from here.
 */
import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { parseCalendarDate } from '../dates';
import { deadlineTexts } from '../../data/deadlines';
import { fillLetter, LetterTemplateError, placesIn } from '../letter-template';
import { isHomePage } from '../urls';

/** A calendar day written `YYYY-MM-DD`; days that do not exist (2024-13-45, 2023-02-29) are refused. */
const calendarDate = z
  .string({ error: '日期要写成 YYYY-MM-DD，例如 2025-03-01' })
  .refine((text) => parseCalendarDate(text) !== undefined, {
    error: (issue) =>
      `“${String(issue.input)}”不是真实存在的日期，请写成 YYYY-MM-DD，例如 2025-03-01`,
  })
  .transform((text) => parseCalendarDate(text) as Date);

/** A short piece of text a reader sees, with no stray whitespace. */
const text = (min: number, max: number) =>
  z
    .string({
      error: (issue) => (issue.input === undefined ? '必须填写' : '要写成文字，例如“催收”'),
    })
    .trim()
    .min(min, { error: `至少 ${min} 个字` })
    .max(max, { error: `最多 ${max} 个字` });

/** A word readers type. YAML reads 12378 as a number; a hotline is still a word to search for. */
const word = (max: number) =>
  z.preprocess((value) => (typeof value === 'number' ? String(value) : value), text(1, max));

const uniqueWords = (max: number) =>
  z
    .array(word(max))
    .default([])
    .refine((words) => new Set(words).size === words.length, { error: '有重复的词' });

export const sourceSchema = z
  .strictObject({
    /** What the source is, e.g. 中国人民银行关于……的通知. Statutes are not listed here: cite them in the text and they appear under 本文依据. */
    title: text(2, 120),
    /** Who issued it, e.g. 国务院 or 最高人民法院. */
    issuer: text(2, 60),
    /** The document itself on an official site whenever one exists, never just the site's home page. */
    url: z.url({ protocol: /^https?$/, error: '必须是 http(s):// 开头的完整网址' }),
    /** `true` when the source is the site itself, e.g. the credit reference centre's site as the place to ask for a report; only then may `url` be a home page. */
    siteItself: z.boolean().default(false),
  })
  .refine((source) => source.siteItself || !isHomePage(source.url), {
    error: (issue) =>
      `“${(issue.input as { url: string }).url}”是网站首页，读者在那里找不到依据：请链接到文件本身；如果引用的就是这个网站（例如去那里查询），加上 siteItself: true`,
    path: ['url'],
  });

/** The fields an author writes; `articleSchema` adds the rules that span fields. */
export const articleFields = z.strictObject({
  /** The article's headline: what the reader gets from it, in plain words. Shown on the page, in lists, in the browser tab. */
  title: text(4, 60),
  /** One or two sentences that answer "is this for me?". Used in lists, search results and the page's meta description. */
  description: text(10, 160),
  /** The id of a file in `content/categories/` (its file name without `.yaml`). Every article belongs to exactly one category. */
  category: reference('categories'),
  /** Topic words shown on the page and collected on `/tags/`. Short nouns such as 征信 or 协商. */
  tags: uniqueWords(12),
  /** The words readers type for this topic, including colloquial ones (催债, 黑户, 上征信). Fed to search, not shown. */
  keywords: uniqueWords(20),
  /** The day the article first went online. */
  published: calendarDate,
  /** The day the content last changed in a way readers should know about. Defaults to `published`. */
  updated: calendarDate.optional(),
  /** The day someone last checked the article against its sources. Shown as 最近核对. */
  reviewed: calendarDate.optional(),
  /** The primary sources behind every legal or regulatory claim: law, article number, issuer, official URL. */
  sources: z.array(sourceSchema).default([]),
  /** Position within its category; lower comes first. Articles with equal order are sorted by title. */
  order: z.int({ error: '必须是整数' }).min(0).max(10_000).default(100),
  /** Lists the article on the home page under 如果你现在正被威胁或骚扰: for readers in immediate trouble. */
  urgent: z.boolean().default(false),
  /** A draft is built by `astro dev` but never published. */
  draft: z.boolean().default(false),
});

export const articleSchema = articleFields
  .transform((data) => ({ ...data, updated: data.updated ?? data.published }))
  .refine((data) => data.updated >= data.published, {
    error: 'updated 不能早于 published',
    path: ['updated'],
  })
  .refine((data) => data.reviewed === undefined || data.reviewed >= data.published, {
    error: 'reviewed 不能早于 published',
    path: ['reviewed'],
  });

/** An article's frontmatter after validation: defaults filled, dates as UTC days. */
export type ArticleData = z.output<typeof articleSchema>;

/**
 * A question readers type, answered short (`content/questions/<slug>.md`): the
 * layer between the triage page and the long articles. The answer comes first
 * on the page; the body says what it depends on, what to do now and the law.
 */
export const questionFields = z.strictObject({
  /** The question in the reader's own words, ending with ？, e.g. 网贷逾期多久会被起诉？ It is the page's title. */
  title: text(5, 40).refine((title) => /[？?]$/.test(title), {
    error: '标题要写成读者的问句，以“？”结尾',
  }),
  /** The direct answer in one or two sentences, shown first. When the law sets no number, say so here. May cite statutes and use {{fact}} tokens. */
  answer: text(15, 160).refine((answer) => (answer.match(/[。！？]/g) ?? []).length <= 2, {
    error: '短答最多两句话：细节写进正文',
  }),
  /** The id of a file in `content/categories/`: the category page lists the question. */
  category: reference('categories'),
  /** Other ways readers ask the same thing, colloquial ones included. Fed to search, not shown. */
  keywords: uniqueWords(20),
  /** The long articles that explain the answer, most useful first; the page links them and each lists the question back. */
  articles: z.array(reference('articles')).min(1, { error: '至少链接一篇详细的文章' }),
  /** Asked often: listed on the home page under 大家常问. */
  common: z.boolean().default(false),
  /** Position among its category's questions; lower comes first. */
  order: z.int({ error: '必须是整数' }).min(0).max(10_000).default(100),
  published: calendarDate,
  updated: calendarDate.optional(),
  reviewed: calendarDate.optional(),
  /** Non-statute sources, as for articles. */
  sources: z.array(sourceSchema).default([]),
  draft: z.boolean().default(false),
});

export const questionSchema = questionFields
  .transform((data) => ({ ...data, updated: data.updated ?? data.published }))
  .refine((data) => data.updated >= data.published, {
    error: 'updated 不能早于 published',
    path: ['updated'],
  });

export type QuestionData = z.output<typeof questionSchema>;

/**
 * Where a platform fact comes from, best first: the platform's own document
 * (loan agreement, privacy policy, help page), the lender's, a regulator's or
 * court's, then a named news report. Guide and SEO sites are never a source.
 */
export const platformSourceSchema = z
  .strictObject({
    /** The document's own title, e.g. 借呗借款合同 or 隐私政策. */
    title: text(2, 120),
    /** Who published it: the platform, the lender, the regulator or the news outlet. */
    issuer: text(2, 60),
    /** The document itself, never a home page. */
    url: z.url({ protocol: /^https?$/, error: '必须是 http(s):// 开头的完整网址' }),
    /** platform: the platform's own document; lender: the lender's; regulator: a regulator's or court's; news: a named news report. */
    kind: z.enum(['platform', 'lender', 'regulator', 'news'], {
      error: 'kind 只能是 platform、lender、regulator 或 news',
    }),
    /** The day the page was read. */
    accessed: calendarDate,
  })
  .refine((source) => !isHomePage(source.url), {
    error: '这是网站首页：请链接到写明这件事的文件本身',
    path: ['url'],
  });

/** Whether a fact is backed: the page shows it beside the fact. */
const factStatus = z.enum(['confirmed', 'reported', 'unconfirmed'], {
  error:
    'status 只能是 confirmed（平台、出借方或监管的文件写明）、reported（只有新闻报道）或 unconfirmed（没能确认）',
});

const backedBy = <T extends { status: string; sources: { kind: string }[] }>(fact: T) =>
  fact.status === 'unconfirmed'
    ? fact.sources.length === 0
    : fact.status === 'reported'
      ? fact.sources.length > 0
      : fact.sources.some((source) => source.kind !== 'news');

const backingError =
  'confirmed 要有平台、出借方或监管部门的文件作出处，reported 要有新闻报道作出处，unconfirmed 不写出处';

/** One thing the site says about a platform, with what backs it. */
export const platformFactSchema = z
  .strictObject({
    /** The fact in one plain sentence; when unconfirmed, what could not be confirmed. */
    value: text(4, 200),
    status: factStatus,
    sources: z.array(platformSourceSchema).default([]),
  })
  .refine(backedBy, { error: backingError, path: ['sources'] });

/** A lender the platform's documents name. Its licence decides the rate rules and the regulator. */
const platformLenderSchema = z
  .strictObject({
    /** The company's full name as the documents write it. */
    name: text(4, 60),
    /** bank: 商业银行; consumer-finance: 消费金融公司; small-loan: 小额贷款公司; other; unknown. */
    licence: z.enum(['bank', 'consumer-finance', 'small-loan', 'other', 'unknown'], {
      error: 'licence 只能是 bank、consumer-finance、small-loan、other 或 unknown',
    }),
    status: factStatus,
    sources: z.array(platformSourceSchema).default([]),
  })
  .refine(backedBy, { error: backingError, path: ['sources'] });

/**
 * A loan product readers know by its app's name (`content/platforms/<id>.yaml`,
 * the id is its address /platforms/<id>/). Every fact carries its status and
 * sources; nothing ranks or recommends a lender.
 */
export const platformSchema = z.strictObject({
  /** The name readers know, e.g. 借呗. */
  name: text(2, 20),
  /** Other names and common misspellings readers type, e.g. 蚂蚁借呗. Fed to search. */
  aliases: uniqueWords(20),
  /** What kind of product it is, e.g. 个人消费信贷 or 消费分期（先买后付）. */
  kind: text(2, 30),
  /** Who runs the app or product. */
  operator: platformFactSchema,
  /** The lenders its own documents name. */
  lenders: z
    .array(platformLenderSchema)
    .min(1, { error: '至少写一个出借方；不知道就写 licence: unknown、status: unconfirmed' }),
  /** Anything readers must know about the lenders, e.g. that partner lenders change and the contract names the real one. */
  lendersNote: text(4, 200).optional(),
  /** Whether its loans are reported to the PBOC credit system, as the platform or lender states it. */
  creditReporting: platformFactSchema,
  /** Official ways to reach customer service, as the platform publishes them. */
  serviceRoutes: platformFactSchema,
  /** Whether and where the platform publishes a route for repayment difficulty. */
  hardship: platformFactSchema,
  /** The day these facts were last checked. */
  checked: calendarDate,
});

export type PlatformData = z.output<typeof platformSchema>;

export const categorySchema = z.strictObject({
  /** The category's name as readers see it, e.g. 冷静应对. */
  title: text(2, 20),
  /** One sentence on when a reader needs this category. Shown on the home page and the category page. */
  description: text(10, 160),
  /** Position on the home page and in navigation; lower comes first. */
  order: z.int({ error: '必须是整数' }).min(0).max(1000),
});

export const glossaryTermSchema = z.strictObject({
  /** The word as readers meet it, e.g. 支付令. The file name is its anchor on /glossary/. */
  term: text(1, 20),
  /** Other words for the same thing, found by search, e.g. 信用记录 for 征信. */
  aliases: uniqueWords(20),
  /** One to three plain sentences: what it means for someone whose loan is overdue. */
  definition: text(10, 300),
  /** The statute articles the definition rests on, each written as a citation, e.g. 《征信业管理条例》第16条. Linked to /laws/. */
  basis: z.array(text(4, 200)).default([]),
  /** Other sources that are not statutes, e.g. the court's public enquiry site. */
  sources: z.array(sourceSchema).default([]),
  /** Slugs of the articles that explain the term in depth. */
  articles: z.array(reference('articles')).default([]),
});

/** One field of a letter's form. */
const letterFieldSchema = z.strictObject({
  /** The place's name in the text, e.g. lender for {lender}. */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, { error: 'id 只能用小写字母、数字和连字符，例如 lender' }),
  /** The field's label; a note in （） is left out of the sample letter's blank. */
  label: text(2, 40),
  hint: text(2, 120).optional(),
  multiline: z.boolean().default(false),
  required: z.boolean().default(false),
});

/**
 * A letter the reader fills in (`content/letters/<id>.yaml`, the id is its
 * address /tools/letter/<id>/): the form's fields and the letter's text with
 * places for them (the syntax: src/lib/letter-template.ts). The wording asks;
 * it never claims a right the cited text does not give.
 */
export const letterSchema = z
  .strictObject({
    title: text(4, 30),
    /** When a reader needs this letter, in one sentence. Shown on the list of letters. */
    description: text(10, 120),
    /** The statute articles the letter rests on, written as citations. Linked to /laws/. */
    basis: text(4, 200),
    /** Position on the list of letters; lower comes first. */
    order: z.int({ error: '必须是整数' }).min(0).max(1000),
    fields: z.array(letterFieldSchema).min(1, { error: '至少要有一个字段' }),
    text: z.string().trim().min(20, { error: '信的正文太短' }),
  })
  .superRefine((letter, context) => {
    const ids = new Set(letter.fields.map((field) => field.id));
    if (ids.size !== letter.fields.length)
      context.addIssue({ code: 'custom', path: ['fields'], message: '有重复的字段 id' });
    for (const place of placesIn(letter.text)) {
      if (!ids.has(place))
        context.addIssue({
          code: 'custom',
          path: ['text'],
          message: `正文里的 {${place}} 没有对应的字段`,
        });
    }
    for (const id of ids) {
      if (!placesIn(letter.text).includes(id))
        context.addIssue({ code: 'custom', path: ['fields'], message: `字段 ${id} 没有用在正文里` });
    }
    try {
      fillLetter(letter.text, {}, { date: '', deadlines: deadlineTexts });
    } catch (error) {
      if (!(error instanceof LetterTemplateError)) throw error;
      context.addIssue({ code: 'custom', path: ['text'], message: error.message });
    }
  });

export type LetterData = z.output<typeof letterSchema>;

export type CategoryData = z.output<typeof categorySchema>;
export type GlossaryTermData = z.output<typeof glossaryTermSchema>;
