import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleFields, questionFields } from '../../src/lib/content/schemas';
import { lawFields } from '../../src/lib/laws/law-schema';

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

  const fieldsIn = (heading: string) => {
    const start = readme.indexOf(`## ${heading}`);
    const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
    return [...section.matchAll(/^\| `([a-z]+)`\s*\|/gm)].map((match) => match[1]).sort();
  };

  it('documents exactly the frontmatter fields the schema accepts', () => {
    expect(fieldsIn('写一篇文章')).toEqual(Object.keys(articleFields.shape).sort());
    expect(fieldsIn('写一个常见问题')).toEqual(Object.keys(questionFields.shape).sort());
  });

  it('shows every field of a law entry in its example, and no other', () => {
    const section = readme.slice(readme.indexOf('## 加一部法规'));
    const example = /```yaml\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
    const documented = [...example.matchAll(/^([a-zA-Z]+):/gm)].map((match) => match[1]);
    expect(documented.sort()).toEqual(Object.keys(lawFields.shape).sort());
  });
});
