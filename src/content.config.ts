/**
 * Which folder holds which collection, read by which loader, checked by which
 * schema. The schemas themselves live in src/lib/content/schemas.ts (and
 * src/lib/laws/law-schema.ts), so library code and tests use them without
 * importing this wiring.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleLoader } from './lib/content/article-loader';
import { contentDir } from './lib/content/content-dir';
import { yamlLoader } from './lib/content/yaml-loader';
import { lawSchema } from './lib/laws/law-schema';
import {
  articleSchema,
  categorySchema,
  glossaryTermSchema,
  letterSchema,
  platformSchema,
  questionSchema,
} from './lib/content/schemas';

const articles = defineCollection({
  loader: articleLoader(`${contentDir}/articles`),
  schema: articleSchema,
});

const categories = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: `${contentDir}/categories` }),
  schema: categorySchema,
});

const glossary = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: `${contentDir}/glossary` }),
  schema: glossaryTermSchema,
});

const questions = defineCollection({
  loader: articleLoader(`${contentDir}/questions`, '/questions/'),
  schema: questionSchema,
});

/** One legal document per file, with the text of every article the site cites (schema: src/lib/laws/law-schema.ts). */
const laws = defineCollection({
  loader: yamlLoader(`${contentDir}/laws`),
  schema: lawSchema,
});

/** Loan products by the name on the app (see `platformSchema`). */
const platforms = defineCollection({
  loader: yamlLoader(`${contentDir}/platforms`),
  schema: platformSchema,
});

/** Letters the reader fills in on /tools/letter/<id>/ (see `letterSchema`). */
const letters = defineCollection({
  loader: yamlLoader(`${contentDir}/letters`),
  schema: letterSchema,
});

export const collections = {
  articles,
  questions,
  categories,
  glossary,
  laws,
  platforms,
  letters,
};
