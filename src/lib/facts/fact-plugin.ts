/**
 * Replaces `{{fact-id}}` in an article with its value from src/data/facts.ts;
 * the first mention of each fact on a page carries the day it was checked,
 * linked to the list of facts with their sources. An unknown id stops the build.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin, type MdastPluginEntry, type PluginFactoryContext } from 'satteri';
import { checkedNote, factTokenPattern, factValues } from './fact-tokens';
import { paths } from '../urls';

export function factPlugin(): MdastPluginEntry {
  const values = factValues();
  const plugin = defineMdastPlugin({
    name: 'facts',
    text: (node, context) => {
      const text = node.value;
      if (!text.includes('{{')) return;
      const shown = (context.data['factsShown'] ??= new Set<string>()) as Set<string>;
      const parts: ({ type: 'text'; value: string } | object)[] = [];
      let last = 0;
      for (const match of text.matchAll(factTokenPattern)) {
        const id = match[1] ?? '';
        const value = values.get(id);
        if (!value) {
          const file = context.fileURL
            ? relative(process.cwd(), fileURLToPath(context.fileURL))
            : '（未知文件）';
          throw new Error(
            `${file} → 数据：“{{${id}}}”不是 src/data/facts.ts 里的数据，可用的有：${[...values.keys()].join('、')}`,
          );
        }
        parts.push({ type: 'text', value: text.slice(last, match.index) + value.text });
        if (value.checked && !shown.has(id)) {
          shown.add(id);
          parts.push(
            { type: 'text', value: '（' },
            {
              type: 'link',
              url: paths.about('facts'),
              children: [{ type: 'text', value: checkedNote(value.checked) }],
            },
            { type: 'text', value: '）' },
          );
        }
        last = (match.index ?? 0) + match[0].length;
      }
      parts.push({ type: 'text', value: text.slice(last) });
      context.replaceNode(node, parts as never);
    },
  });
  // Only documents that use a token pay for visiting every text node.
  return (document: PluginFactoryContext) => (document.source.includes('{{') ? plugin : null);
}
