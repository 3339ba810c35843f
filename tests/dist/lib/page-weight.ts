/** What a page costs to download: its HTML, its CSS and its script, gzipped as a server would send them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { distDir } from './built-site';

export interface PageWeight {
  html: number;
  css: number;
  script: number;
}

const gzipSize = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

function readAsset(path: string): string {
  return readFileSync(join(distDir, path.split('?')[0] ?? path), 'utf8');
}

/** A module and everything it imports statically; dynamic imports (Pagefind) load later, on demand. */
function moduleGraphSize(path: string, seen = new Set<string>()): number {
  if (seen.has(path)) return 0;
  seen.add(path);
  const code = readAsset(path);
  const directory = path.slice(0, path.lastIndexOf('/') + 1);
  const imports = [...code.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)].map((match) =>
    new URL(match[1] ?? '', `http://x${directory}`).pathname,
  );
  return gzipSize(code) + imports.reduce((sum, next) => sum + moduleGraphSize(next, seen), 0);
}

function isExecutable(type: string | undefined): boolean {
  return type === undefined || type === 'module' || /javascript/.test(type);
}

export function measurePage(html: string): PageWeight {
  const document = parse(html);
  const attribute = (selector: string, name: string) =>
    document.querySelectorAll(selector).map((element) => element.getAttribute(name) ?? '');
  const stylesheets = attribute('link[rel="stylesheet"][href]', 'href');
  const externalScripts = attribute('script[src]', 'src');
  const inlineScripts = document
    .querySelectorAll('script:not([src])')
    // Only code counts: JSON-LD and JSON data blocks are never executed.
    .filter((script) => isExecutable(script.getAttribute('type')))
    .map((script) => script.rawText);
  const inlineImports = inlineScripts.flatMap((code) =>
    [...code.matchAll(/(?:import|from)\s*["'](\/[^"']+\.js)["']/g)].map((m) => m[1] ?? ''),
  );
  return {
    html: gzipSize(html),
    css: stylesheets.reduce((sum, href) => sum + gzipSize(readAsset(href)), 0),
    script:
      inlineScripts.reduce((sum, code) => sum + (code.trim() ? gzipSize(code) : 0), 0) +
      [...externalScripts, ...inlineImports].reduce((sum, src) => sum + moduleGraphSize(src), 0),
  };
}
