import { describe, expect, it } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { listBuiltPages } from './lib/built-site';

const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('HTML validity', () => {
  it.each(listBuiltPages().map((page) => [page.path, page] as const))('%s has no errors', async (_path, page) => {
    const report = await validator.validateString(page.html, page.file);
    const messages = report.results.flatMap((result) =>
      result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
    );
    expect(messages).toEqual([]);
  });
});
