/**
 * The help pages' data (/help/received/, /help/contacts/) points at real
 * articles and real time limits: a renamed article or a deadline that no
 * entry uses is caught here, naming the data file.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { received } from '../../src/data/received';
import { channels, problems } from '../../src/data/contacts';
import { deadlines } from '../../src/data/deadlines';
import { articlesForSlugs } from '../../src/lib/content/articles';
import { readArticleFiles } from '../../src/lib/content/article-files';

const root = new URL('../../', import.meta.url).pathname;
const published = (await readArticleFiles(join(root, 'content/articles')))
  .filter((file) => file.frontmatter['draft'] !== true)
  .map((file) => file.slug);

describe('我收到了……', () => {
  it('has an entry for each thing the issue lists, at least twelve, each with a next article', () => {
    expect(received.length).toBeGreaterThanOrEqual(12);
    for (const entry of received) expect(entry.next.length).toBeGreaterThan(0);
  });

  it('points only at published articles', () => {
    const missing = received.flatMap((entry) =>
      entry.next.filter((slug) => !published.includes(slug)).map((slug) => `${entry.id}: ${slug}`),
    );
    expect(missing).toEqual([]);
  });

  it('uses every statutory deadline somewhere, so none is kept that no reader sees', () => {
    const used = new Set(received.flatMap((entry) => entry.deadlines));
    const contactsText = JSON.stringify(channels);
    const unused = Object.keys(deadlines).filter(
      (id) => !used.has(id as never) && !contactsText.includes(`{{deadline-${id}}}`),
    );
    expect(unused).toEqual([]);
  });
});

describe('该找谁', () => {
  it('points only at published articles and at channels that exist', () => {
    const missing = problems
      .filter((problem) => !published.includes(problem.article))
      .map((problem) => problem.id);
    expect(missing).toEqual([]);
    const known = new Set(channels.map((channel) => channel.id));
    const unknown = problems.flatMap((problem) =>
      problem.routes.flatMap((route) => route.channels.filter((id) => !known.has(id))),
    );
    expect(unknown).toEqual([]);
  });
});

describe('articlesForSlugs', () => {
  const articles = [{ slug: 'a' }, { slug: 'b' }];

  it('keeps the order the data names them in', () => {
    expect(articlesForSlugs(articles, ['b', 'a'], 'x').map((a) => a.slug)).toEqual(['b', 'a']);
  });

  it('stops on a missing article, naming where it was written', () => {
    expect(() => articlesForSlugs(articles, ['gone'], 'src/data/received.ts 的“x”')).toThrow(
      /src\/data\/received\.ts 的“x”：没有已发布的文章“gone”/,
    );
  });

  it('leaves it out instead when the content tree is not the site’s own', () => {
    expect(articlesForSlugs(articles, ['gone', 'a'], 'x', { required: false })).toEqual([
      { slug: 'a' },
    ]);
  });
});
