/**
 * Search quality as readers meet it: each query in tests/search/*.json
 * is typed into the real search page, and the articles a reader should find
 * must be among the first three results. Reports success@3, mean reciprocal
 * rank and the zero-result rate, and prints every miss.
 */
import { expect, test } from '@playwright/test';
import { readQuerySuite } from '../search/query-suite';

const cases = readQuerySuite();

const thresholds = { successAt3: 0.9, zeroResults: 0 };

test('readers find the right article for what they type', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'ranking does not depend on screen width');
  test.setTimeout(180_000);
  expect(cases.length).toBeGreaterThanOrEqual(60);

  await page.goto('/search/');
  const box = page.getByRole('searchbox', { name: '搜索本站' });
  const misses: string[] = [];
  let hitsAt3 = 0;
  let reciprocalRanks = 0;
  let zeroResults = 0;

  for (const { query, expect: wanted } of cases) {
    await box.fill(query);
    await box.press('Enter');
    await page.locator(`site-search[data-results-for="${query.replace(/"/g, '\\"')}"]`).waitFor();
    const slugs = await page.locator('[data-search-results] h2 a').evaluateAll((links) =>
      links.map(
        // An article is named by its slug, a help page as help/<page>, a question as
        // questions/<slug>, a product as platforms/<id>.
        (link) =>
          /\/(?:articles\/([^/]+)|(help\/[^/]+|questions\/[^/]+|platforms\/[^/]+))\//
            .exec((link as HTMLAnchorElement).pathname)
            ?.slice(1)
            .find(Boolean) ?? '',
      ),
    );
    if (slugs.length === 0) zeroResults++;
    const rank = slugs.findIndex((slug) => wanted.includes(slug)) + 1;
    if (rank > 0) reciprocalRanks += 1 / rank;
    if (rank > 0 && rank <= 3) hitsAt3++;
    else
      misses.push(
        `${query} → ${slugs.slice(0, 3).join(', ') || '（无结果）'}（期望 ${wanted.join(' / ')}）`,
      );
  }

  const successAt3 = hitsAt3 / cases.length;
  const report = [
    `查询 ${cases.length} 条：success@3 ${successAt3.toFixed(3)}，MRR ${(reciprocalRanks / cases.length).toFixed(3)}，无结果 ${zeroResults} 条`,
    ...misses.map((miss) => `  未命中：${miss}`),
  ].join('\n');
  console.log(report);
  expect(zeroResults, report).toBeLessThanOrEqual(thresholds.zeroResults);
  expect(successAt3, report).toBeGreaterThanOrEqual(thresholds.successAt3);
});
