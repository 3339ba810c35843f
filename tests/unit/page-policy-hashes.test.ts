import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineCodeSources, keepOwnPolicyHashes } from '../../src/lib/page-policy-hashes';

const sha256 = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
const page = (policy: string, body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)?.[1];

describe('each page keeps only the policy hashes of its own inline code', () => {
  const own = 'document.documentElement.dataset.ready = "1";';
  const foreign = sha256('console.log("a script on another page")');

  it('drops hashes of code the page does not hold, keeps those it does', () => {
    const html = page(
      `default-src 'none'; script-src 'self' ${sha256(own)} ${foreign}; style-src 'self' ${sha256('')};`,
      `<script>${own}</script><script type="module" src="/_astro/tool.js"></script>`,
    );
    expect(policyOf(keepOwnPolicyHashes(html))).toBe(
      `default-src 'none'; script-src 'self' ${sha256(own)}; style-src 'self';`,
    );
  });

  it('leaves a page with nothing to drop byte for byte unchanged', () => {
    const html = page("script-src 'self'", '<p>正文</p>');
    expect(keepOwnPolicyHashes(html)).toBe(html);
  });

  it('counts inline styles but not data blocks such as JSON-LD', () => {
    const sources = inlineCodeSources(
      '<script type="application/ld+json">{"@type":"Article"}</script><style>p{color:red}</style>',
    );
    expect(sources.has(sha256('{"@type":"Article"}'))).toBe(false);
    expect(sources.has(sha256('p{color:red}'))).toBe(true);
  });
});
