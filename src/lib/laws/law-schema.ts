/**
 * The schema of a law entry (`content/laws/<id>.yaml`): one legal document the
 * site cites, with the exact text of every article it cites. It lives outside
 * `src/content.config.ts` because the Markdown pipeline needs it too: the
 * citation plugin reads the same files before Astro's collections exist.
 * Each field's comment is its authoring documentation (see README).
 */
import { z } from 'astro/zod';
import { parseCalendarDate } from '../dates';

/** The kinds of document, in the order `/laws/` lists them. */
export const lawKinds = [
  '法律',
  '行政法规',
  '司法解释',
  '司法指导性文件',
  '部门规章',
  '规范性文件',
  '地方性法规',
] as const;

/** 现行有效 may be cited as current law; the others only as history. */
export const lawStatuses = ['现行有效', '已修改', '已废止'] as const;
export type LawStatus = (typeof lawStatuses)[number];

/** `1033`, or `293之一` for an article inserted by an amendment. */
export const articleNumberPattern = /^[1-9]\d{0,3}(之[一二三四五六七八九十])?$/;

const calendarDate = z
  .string({ error: '日期要写成 YYYY-MM-DD，例如 2021-01-01' })
  .refine((text) => parseCalendarDate(text) !== undefined, {
    error: (issue) => `“${String(issue.input)}”不是真实存在的日期`,
  })
  .transform((text) => parseCalendarDate(text) as Date);

const line = (min: number, max: number) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? '必须填写' : '要写成文字') })
    .trim()
    .min(min, { error: `至少 ${min} 个字` })
    .max(max, { error: `最多 ${max} 个字` });

const httpUrl = z.url({ protocol: /^https?$/, error: '必须是 http(s):// 开头的完整网址' });

export const lawFields = z.strictObject({
  /** The full official title, e.g. 中华人民共和国民法典. */
  title: line(4, 80),
  /** The name prose uses inside 《》, e.g. 民法典. Citations are matched on this, the title and `aliases`. */
  short: line(2, 60),
  /** Other names an author may write, with or without 《》, e.g. 民诉法 or 民间借贷规定. */
  aliases: z.array(line(2, 60)).default([]),
  /** What kind of document it is; decides its group on /laws/. */
  kind: z.enum(lawKinds, { error: `必须是 ${lawKinds.join('、')} 之一` }),
  /** Who issued it, e.g. 全国人民代表大会常务委员会. */
  issuer: line(2, 80),
  /** The document number (文号) where there is one, e.g. 法释〔2020〕17号. */
  number: line(3, 40).optional(),
  /** Which version this entry is, e.g. 2023年修正. Written after the title in a citation to choose it. */
  version: line(2, 40),
  /** The day this version was adopted or published. */
  adopted: calendarDate,
  /** The day this version took effect. */
  effective: calendarDate,
  /** 现行有效, or 已修改 / 已废止 for a version kept only for history. */
  status: z.enum(lawStatuses, { error: `必须是 ${lawStatuses.join('、')} 之一` }),
  /** For a version no longer in force: the id of the entry that replaced it. */
  supersededBy: z.string().optional(),
  /** For a version no longer in force: the first day it no longer applied (the day its successor or the repealing act took effect). */
  endedOn: calendarDate.optional(),
  /**
   * A repealed text that still decides older cases (担保法 for guarantees given
   * before 2021-01-01). Such a text may be cited as law, but only in a paragraph
   * that says which cases it governs, by one of `scopeWords`.
   */
  stillGoverns: z
    .strictObject({
      /** The cases it still decides, in a reader's words, e.g. 2021年1月1日以前订立的保证合同引起的纠纷. Shown on the law page. */
      cases: line(6, 120),
      /** Words a citing paragraph must contain to say it means those cases, e.g. 2021年1月1日以前. */
      scopeWords: z.array(line(4, 30)).min(1, { error: '至少写一个说明适用范围的词' }),
      /** The rule that keeps it applying, written as a citation, e.g. 《民法典时间效力规定》第1条. Linked to /laws/. */
      basis: line(4, 200),
    })
    .optional(),
  /**
   * A revision known to be under way whose outcome could not be confirmed (a
   * draft read, the adopted text not found). The law page says so and
   * `npm run review:due` lists the entry first.
   */
  pendingRevision: line(10, 300).optional(),
  /** The day someone last checked this entry's version and status against its sources; defaults to `textSource.retrieved`. */
  checked: calendarDate.optional(),
  /** The document itself on an official site. Left out when none could be confirmed; the page then says so. */
  officialUrl: httpUrl.optional(),
  /** Where the article texts below were copied from, and when. */
  textSource: z.strictObject({
    title: line(2, 120),
    url: httpUrl,
    retrieved: calendarDate,
  }),
  /** What was checked against what: shown on the page so a reader knows how far to trust the copy. */
  verification: line(10, 600),
  /** The exact text of every article the site cites, keyed by number (`1033`, `293之一`). Paragraphs on separate lines. */
  articles: z.record(
    z.string().regex(articleNumberPattern, { error: '条号要写成阿拉伯数字，例如 1033 或 293之一' }),
    line(4, 6000),
  ),
});

export const lawSchema = lawFields
  .refine((law) => law.status === '现行有效' || law.supersededBy !== undefined, {
    error: '不再有效的版本要用 supersededBy 指向现行版本',
    path: ['supersededBy'],
  })
  .refine((law) => law.stillGoverns === undefined || law.status !== '现行有效', {
    error: 'stillGoverns 只用于不再有效的版本：现行有效的法规本来就可以引用',
    path: ['stillGoverns'],
  })
  .refine((law) => law.stillGoverns === undefined || law.endedOn !== undefined, {
    error: '仍适用于旧案件的版本要写 endedOn：从哪一天起不再适用于新的案件',
    path: ['endedOn'],
  })
  .refine((law) => law.endedOn === undefined || law.endedOn > law.effective, {
    error: 'endedOn 要晚于 effective',
    path: ['endedOn'],
  })
  .refine((law) => law.effective >= law.adopted, {
    error: 'effective 不能早于 adopted',
    path: ['effective'],
  })
  .refine((law) => Object.keys(law.articles).length > 0, {
    error: '至少收录一条条文',
    path: ['articles'],
  });

export type LawData = z.output<typeof lawSchema>;
