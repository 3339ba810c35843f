// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { pageDirectives, scriptSources, styleSources } from './src/lib/security-policy.ts';
import { lawCitationPlugin } from './src/lib/laws/citation-plugin.ts';
import { factPlugin } from './src/lib/facts/fact-plugin.ts';
import { contentDir } from './src/lib/content/content-dir.ts';

// The public address is only known at deploy time; canonical URLs, the sitemap
// and the RSS feed are built from it. `.example` is reserved, so a forgotten
// SITE_URL can never point readers at someone else's domain.
const site = process.env.SITE_URL ?? 'https://wangdai-guide.example';

/** Modules on (nearly) every page, whose styles belong in the shared stylesheet. */
const sharedFrame =
  /\/src\/(?:layouts\/BaseLayout|components\/(?:Breadcrumbs|Prose|Disclaimer|ArticleList|ArticleMeta|SourceList|LawBasis))\.astro$/;

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Scoped styles mark elements with a class rather than a data-astro-cid-* attribute: it joins
  // the class the element already has, and on a long article that is ~200 gzipped bytes of 14 KB.
  scopedStyleStrategy: 'class',
  build: {
    format: 'directory',
    // One cached stylesheet instead of <style> blocks in every page: pages are
    // smaller, repeat visits fetch no CSS, and the policy needs no style hashes.
    inlineStylesheets: 'never',
  },
  // Tests and the benchmark build other content trees; a separate cache keeps
  // them from evicting the real site's content store.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  // Two articles resolving to the same URL must stop the build, not overwrite each other.
  prerenderConflictBehavior: 'error',
  integrations: [
    mdx(),
    sitemap({
      filter: (page) => !page.endsWith('/404/'),
    }),
  ],
  devToolbar: { enabled: false },
  vite: {
    build: {
      rollupOptions: {
        // The frame every page shares goes out as one stylesheet: gzip compresses one
        // file far better than five small ones (about 570 bytes less per article page).
        output: { manualChunks: (id) => (sharedFrame.test(id) ? 'layout' : undefined) },
      },
    },
  },
  markdown: {
    // Shiki colours code with inline styles, which the policy below forbids; articles show no code.
    syntaxHighlight: false,
    // {{fact-id}} becomes its value from src/data/facts.ts; every 第N条 links to its text on
    // /laws/. A fact or citation the data cannot back fails the build.
    processor: satteri({
      mdastPlugins: [factPlugin(), lawCitationPlugin(`${contentDir}/laws`)],
    }),
  },
  security: {
    // See src/lib/security-policy.ts: hashes for what Astro emits, nothing from other origins.
    csp: {
      directives: pageDirectives,
      scriptDirective: { resources: scriptSources },
      styleDirective: { resources: styleSources },
    },
  },
});
