/**
 * The Markdown pipeline's part of "law you can check": every 第N条 in an
 * article becomes a link to that article's text on /laws/, and a citation
 * the collection cannot back stops the build with the file and the citation.
 */
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import {
  defineMdastPlugin,
  type MdastPluginDefinition,
  type MdastPluginEntry,
  type PluginFactoryContext,
} from 'satteri';
import { collectPieces, isCitationBlock, type MarkdownNode } from './citation-blocks';
import { mayCite, parseCitationBlock, renderedCitationsKey, type Citation } from './citations';
import { lawIndexFromFiles } from './law-index';
import { readLawFiles } from './law-files';
import { paths } from '../urls';

function citationsOf(context: { data: Record<string, unknown> }): Citation[] {
  const astro = (context.data['astro'] ??= { frontmatter: {} }) as {
    frontmatter: Record<string, unknown>;
  };
  return (astro.frontmatter[renderedCitationsKey] ??= []) as Citation[];
}

export function lawCitationPlugin(lawsDirectory: string): MdastPluginEntry {
  // Read lazily: the config is loaded before anything is rendered, and a broken
  // law file should be reported by the collection, with its field, not here.
  let index: ReturnType<typeof lawIndexFromFiles> | undefined;
  const getIndex = () => (index ??= lawIndexFromFiles(readLawFiles(lawsDirectory).laws));

  const linkBlock = (
    node: MarkdownNode,
    context: Parameters<NonNullable<MdastPluginDefinition['paragraph']>>[1],
  ) => {
    // Most paragraphs cite nothing; one native call for their text is far cheaper than walking them.
    if (!isCitationBlock(node) || !mayCite(context.textContent(node as never))) return;
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
    citationsOf(context).push(...result.citations);
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

  const plugin = defineMdastPlugin({
    name: 'law-citations',
    // Present even when nothing is cited, so the build knows the article was read.
    before: (_root, context) => void citationsOf(context),
    paragraph: (node, context) => linkBlock(node as MarkdownNode, context),
    heading: (node, context) => linkBlock(node as MarkdownNode, context),
    tableCell: (node, context) => linkBlock(node as MarkdownNode, context),
  });
  // A document that never writes 第…条 is left out of the plugin entirely.
  return (document: PluginFactoryContext) => (mayCite(document.source) ? plugin : null);
}
