/**
 * Every page passes through here as it is built: its <meta> policy keeps only
 * the hashes of the page's own inline code (src/lib/page-policy-hashes.ts).
 * Done on the HTML in memory, so it costs no second pass over dist/.
 */
import { defineMiddleware } from 'astro:middleware';
import { keepOwnPolicyHashes } from './lib/page-policy-hashes';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const html = await response.text();
  return new Response(keepOwnPolicyHashes(html), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
