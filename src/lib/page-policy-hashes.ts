/**
 * Astro writes the hash of every script and stylesheet the whole build emits
 * into every page's <meta> policy. Files under /_astro/ are already allowed by
 * 'self', so on most pages those hashes only add bytes a reader downloads with
 * each page (about 400 gzipped, a tenth of an article's headroom) and allow
 * code the page never runs. This keeps, page by page, only the hashes of the
 * inline scripts and styles that page itself holds.
 */
import { createHash } from 'node:crypto';

const policyMeta = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
const inlineCode = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi;
const hashSource = / ?'sha(?:256|384|512)-[A-Za-z0-9+/]+=*'/g;
/** Script types a browser runs; JSON-LD and other data blocks are never executed, so need no hash. */
const runnableType = /^\s*(?:|module|text\/javascript|application\/javascript)\s*$/i;

function typeOf(attributes: string): string {
  return /\btype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1] ?? '';
}

/** The CSP sources ('sha256-…', and 384/512) that would allow each inline script and style of the page. */
export function inlineCodeSources(html: string): Set<string> {
  const sources = new Set<string>();
  for (const [, tag = '', attributes = '', body = ''] of html.matchAll(inlineCode)) {
    if (/\bsrc\s*=/i.test(attributes)) continue;
    if (tag.toLowerCase() === 'script' && !runnableType.test(typeOf(attributes))) continue;
    for (const algorithm of ['sha256', 'sha384', 'sha512'] as const) {
      sources.add(`'${algorithm}-${createHash(algorithm).update(body).digest('base64')}'`);
    }
  }
  return sources;
}

/** The page with its policy's hash sources cut down to those its own inline code needs. */
export function keepOwnPolicyHashes(html: string): string {
  const match = policyMeta.exec(html);
  if (!match) return html;
  const [whole, opening = '', current = '', closing = ''] = match;
  const own = inlineCodeSources(html);
  const policy = current.replace(hashSource, (source) => (own.has(source.trim()) ? source : ''));
  if (policy === current) return html;
  return (
    html.slice(0, match.index) + opening + policy + closing + html.slice(match.index + whole.length)
  );
}
