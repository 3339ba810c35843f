import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleFields } from '../../src/content.config';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('starts with the install-and-serve command and the test command', () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const commands = firstBlock
      .trim()
      .split('\n')
      .map((line) => line.replace(/\s+#.*$/, ''));
    expect(commands).toEqual(['npm install && npm start', 'npm test']);
  });

  it('documents exactly the frontmatter fields the schema accepts', () => {
    const documented = [...readme.matchAll(/^\| `([a-z]+)`\s*\|/gm)].map((match) => match[1]);
    expect(documented.sort()).toEqual(Object.keys(articleFields.shape).sort());
  });
});
