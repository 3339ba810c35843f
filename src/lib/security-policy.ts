/**
 * The site's security policy, in one place. Pages carry a <meta> policy that
 * Astro completes with a hash of every script and style it emits, so no inline
 * code runs unless we wrote it. Servers add response headers (public/_headers,
 * the nginx example in the README) with what a <meta> policy cannot say, such
 * as frame-ancestors. Both policies apply; a request must pass each.
 */

import type { AstroUserConfig } from 'astro';

type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;
type CspDirective = NonNullable<CspConfig['directives']>[number];

/** Sources that hold for every page, whichever way the policy is delivered. */
export const sharedDirectives = [
  "img-src 'self' data:",
  "connect-src 'self'",
  // Pagefind may run its search in a worker.
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "object-src 'none'",
] as const satisfies readonly CspDirective[];

/** The <meta> policy: closed by default; Astro appends script-src and style-src with hashes. */
export const pageDirectives: CspDirective[] = ["default-src 'none'", ...sharedDirectives];

/** Pagefind compiles its WebAssembly search engine: 'wasm-unsafe-eval', not 'unsafe-eval'. */
export const scriptSources = ["'self'", "'wasm-unsafe-eval'"];
export const styleSources = ["'self'"];

/**
 * The header policy leaves scripts and styles to the page's hashed policy (no
 * default-src here, so it adds no second, hash-less script rule) and forbids
 * framing, which only a header can.
 */
export const headerPolicy = [...sharedDirectives, "frame-ancestors 'none'"].join('; ');

export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': headerPolicy,
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
  'X-Frame-Options': 'DENY',
};

/** `_headers` for Netlify and Cloudflare Pages; public/_headers must equal this (a test checks). */
export function renderHeadersFile(): string {
  const lines = [
    '/*',
    ...Object.entries(securityHeaders).map(([name, value]) => `  ${name}: ${value}`),
  ];
  // Astro fingerprints everything under /_astro/, so those files never change under the same name.
  lines.push('', '/_astro/*', '  Cache-Control: public, max-age=31536000, immutable');
  return `${lines.join('\n')}\n`;
}
