import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headerPolicy, renderHeadersFile, securityHeaders } from '../../src/lib/security-policy';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('security headers', () => {
  it('public/_headers is exactly what the policy module renders', () => {
    expect(read('public/_headers')).toBe(renderHeadersFile());
  });

  it('the README nginx example sends the same headers', () => {
    const readme = read('README.md');
    for (const [name, value] of Object.entries(securityHeaders)) {
      expect(readme).toContain(`add_header ${name} "${value}" always;`);
    }
  });

  it('forbids framing and other origins without opening inline scripts', () => {
    expect(headerPolicy).toContain("frame-ancestors 'none'");
    expect(headerPolicy).not.toContain('unsafe-inline');
    expect(headerPolicy).not.toContain('default-src');
    expect(securityHeaders['Referrer-Policy']).toBe('no-referrer');
  });
});
