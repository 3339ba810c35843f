/**
 * Facts that change over time: the LPR, hotline numbers and what they take,
 * the one-off credit-repair window. Each lives once, here, with where it
 * comes from and the day it was last checked; articles write `{{fact-id}}`,
 * tools and components read `facts`, and every page shows the check date next
 * to the value. A value that fails its schema stops the build.
 */
import { z } from 'zod';
import { parseCalendarDate } from '../lib/dates';
import { factsData } from './facts-data';
import { rateLines } from './legal-rate-lines';

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

/** Validated once when the build loads the data; a wrong value stops the build here. */
export const facts: Facts = factsSchema.parse(factsData);

/**
 * The rate lines the APR tool compares with (legal-rate-lines.ts) ship to the
 * browser as plain data; they are checked here, where the build loads them.
 */
export const rateLineSchema = z.strictObject({
  annualRate: z.number().positive().max(1),
  lender: z.enum(['private', 'licensed']),
  label: z.string().min(2),
  appliesTo: z.string().min(10),
  basis: z
    .string()
    .regex(/^《[^》]+》.*第\d+条$/, { error: '要写成一条法条引用，例如《民法典》第680条' }),
});

export const checkedRateLines = z.array(rateLineSchema).min(1).parse(rateLines);
