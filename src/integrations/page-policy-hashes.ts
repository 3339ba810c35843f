import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { keepOwnPolicyHashes } from '../lib/page-policy-hashes.ts';

/** After the build, each page's <meta> policy keeps only the hashes of its own inline code. */
export function pagePolicyHashes(): AstroIntegration {
  return {
    name: 'page-policy-hashes',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true })).filter((file) =>
          file.endsWith('.html'),
        );
        for (const file of files) {
          const path = join(root, file);
          const html = await readFile(path, 'utf8');
          const pruned = keepOwnPolicyHashes(html);
          if (pruned !== html) await writeFile(path, pruned);
        }
      },
    },
  };
}
