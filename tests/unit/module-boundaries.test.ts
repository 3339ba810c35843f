/**
 * Library code stands below the wiring: src/lib may not import
 * src/content.config.ts (the schemas it needs live in src/lib/content/schemas.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(directory, entry.name))
      : /\.(ts|astro)$/.test(entry.name)
        ? [join(directory, entry.name)]
        : [],
  );
}

describe('module boundaries', () => {
  it('nothing in src/lib imports src/content.config.ts', () => {
    const files = sourceFiles(join(root, 'src/lib'));
    expect(files.length).toBeGreaterThan(30);
    const offenders = files.filter((file) =>
      /from\s+['"][./]*(?:\.\.\/)*content\.config['"]/.test(readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
