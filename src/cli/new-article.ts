/**
 * npm run new -- <slug> [category]
 * Writes content/articles/<slug>.md from the template, refusing to overwrite.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderArticleTemplate, slugPattern } from '../lib/content/article-template.ts';
import { listArticleFiles, slugFromPath } from '../lib/content/article-files.ts';

const contentDir = process.env.CONTENT_DIR ?? 'content';
const [slug, categoryId = 'calm'] = process.argv.slice(2);

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!slug || !slugPattern.test(slug)) {
  fail(
    '用法：npm run new -- <slug> [category]\nslug 只用小写字母、数字和连字符，例如 court-letter。',
  );
}
const categories = readdirSync(join(contentDir, 'categories'))
  .filter((file) => /\.ya?ml$/.test(file))
  .map((file) => file.replace(/\.ya?ml$/, ''));
if (!categories.includes(categoryId)) {
  fail(`分类“${categoryId}”不存在；可用的分类：${categories.join('、')}`);
}
const file = join(contentDir, 'articles', `${slug}.md`);
// The slug is the URL: an article of that name in any subfolder already owns it.
const taken = (await listArticleFiles(join(contentDir, 'articles'))).find(
  (existing) => slugFromPath(existing) === slug,
);
if (taken) fail(`${taken} 已经用了网址 /articles/${slug}/，没有新建。`);

const today = new Date().toISOString().slice(0, 10);
writeFileSync(file, renderArticleTemplate({ slug, categoryId, date: today }), { flag: 'wx' });
console.log(`已创建 ${file}（草稿）。写完后删掉 draft: true 再发布。`);
