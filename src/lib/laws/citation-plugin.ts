/**
 * The Markdown pipeline's part of "law you can check": every 第N条 in an
 * article becomes a link to that article's text on /laws/, and a citation
 * the collection cannot back stops the build with the file and the citation.
 */
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { defineMdastPlugin, type MdastPluginDefinition } from 'satteri';
import { collectPieces, isCitationBlock, type MarkdownNode } from './citation-blocks';
import { parseCitationBlock } from './citations';
import { lawIndexFromFiles } from './law-index';
import { readLawFiles } from './law-files';
import { paths } from '../urls';

export function lawCitationPlugin(lawsDirectory: string): MdastPluginDefinition {
  // Read lazily: the config is loaded before anything is rendered, and a broken
  // law file should be reported by the collection, with its field, not here.
  let index: ReturnType<typeof lawIndexFromFiles> | undefined;
  const getIndex = () => (index ??= lawIndexFromFiles(readLawFiles(lawsDirectory).laws));

  const linkBlock = (
    node: MarkdownNode,
    context: Parameters<NonNullable<MdastPluginDefinition['paragraph']>>[1],
  ) => {
    if (!isCitationBlock(node)) return;
    const placed = collectPieces(node);
    const result = parseCitationBlock(
      placed.map((p) => p.piece),
      getIndex(),
    );
    if (result.problems.length > 0) {
      const file = context.fileURL
        ? relative(process.cwd(), fileURLToPath(context.fileURL))
        : '（未知文件）';
      throw new Error(
        [
          `${file} 的法条引用有问题：`,
          ...result.problems.map((p) => `  ${file} → 引用：${p}`),
        ].join('\n'),
      );
    }
    placed.forEach(({ node: textNode }, i) => {
      const segments = result.segments[i] ?? [];
      if (!textNode || !segments.some((segment) => segment.citation)) return;
      context.replaceNode(
        textNode as never,
        segments.map((segment) =>
          segment.citation
            ? {
                type: 'link',
                url: paths.lawArticle(segment.citation.lawId, segment.citation.article),
                children: [{ type: 'text', value: segment.text }],
              }
            : { type: 'text', value: segment.text },
        ),
      );
    });
  };

  return defineMdastPlugin({
    name: 'law-citations',
    paragraph: (node, context) => linkBlock(node as MarkdownNode, context),
    heading: (node, context) => linkBlock(node as MarkdownNode, context),
    tableCell: (node, context) => linkBlock(node as MarkdownNode, context),
  });
}
