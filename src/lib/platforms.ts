/**
 * Loan products by the name on the app (content/platforms/): the order they
 * are listed in, and what their lenders' licences mean for the reader. Pure,
 * so the pages stay thin and the rules are tested without a build.
 */

export type Licence = 'bank' | 'consumer-finance' | 'small-loan' | 'other' | 'unknown';
export type FactStatus = 'confirmed' | 'reported' | 'unconfirmed';

export interface PlatformRecord {
  id: string;
  name: string;
  lenders: readonly { name: string; licence: Licence }[];
}

const collator = new Intl.Collator('zh-Hans-CN-u-co-pinyin');

/** By the name readers know, in pinyin order: a list, never a ranking. */
export function sortPlatforms<P extends PlatformRecord>(platforms: readonly P[]): P[] {
  return [...platforms].sort(
    (a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id),
  );
}

/** The licence kinds among a product's lenders, each once, in the order the lenders are listed. */
export function licencesOf(platform: Pick<PlatformRecord, 'lenders'>): Licence[] {
  return [...new Set(platform.lenders.map((lender) => lender.licence))];
}

/** The worst status among a product's facts: what the index says about how well it is backed. */
export function weakestStatus(statuses: readonly FactStatus[]): FactStatus {
  if (statuses.includes('unconfirmed')) return 'unconfirmed';
  if (statuses.includes('reported')) return 'reported';
  return 'confirmed';
}

/**
 * The questions every product page lists: what a borrower of any platform asks
 * next. The same for all, so no page suggests one lender treats readers better.
 */
export const platformQuestionSlugs = [
  'how-long-before-sued',
  'credit-report-how-soon',
  'how-to-negotiate',
  'contacts-blasted',
  'debt-transferred',
] as const;
