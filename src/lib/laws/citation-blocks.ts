/**
 * Where citations are read in a Markdown document: each paragraph, heading
 * and table cell is one block, the unit inside which 第N条 refers back to the
 * document last named. The Markdown plugin (which links) and the content check
 * (which lists what each article cites) both walk the tree through here, so
 * they cannot disagree about what a block is.
 */
import { markdownToMdast } from 'satteri';
import { mayCite, parseCitationBlock, type Citation, type LawIndex, type Piece } from './citations';

export interface MarkdownNode {
  readonly type: string;
  readonly value?: string;
  readonly children?: readonly MarkdownNode[];
}

const blockTypes = new Set(['paragraph', 'heading', 'tableCell']);
// Inline wrappers whose text is prose and may carry a link.
const transparentTypes = new Set(['strong', 'emphasis', 'delete']);

export function isCitationBlock(node: MarkdownNode): boolean {
  return blockTypes.has(node.type);
}

export interface PlacedPiece {
  /** The text node the piece came from, when it may be replaced by links. */
  node: MarkdownNode | undefined;
  piece: Piece;
}

function textOf(node: MarkdownNode): string {
  return node.value ?? (node.children ?? []).map(textOf).join('');
}

/** The block's text in reading order; headings are read but never linked (they feed the table of contents). */
export function collectPieces(block: MarkdownNode): PlacedPiece[] {
  const linkable = block.type !== 'heading';
  const pieces: PlacedPiece[] = [];
  const walk = (node: MarkdownNode) => {
    for (const child of node.children ?? []) {
      if (child.type === 'text') {
        pieces.push({ node: child, piece: { text: child.value ?? '', linkable } });
      } else if (transparentTypes.has(child.type)) {
        walk(child);
      } else {
        pieces.push({ node: undefined, piece: { text: textOf(child), linkable: false } });
      }
    }
  };
  walk(block);
  return pieces;
}

/** Every citation in a Markdown body, in order, with the problems the build reports. */
export function findCitationsInMarkdown(
  body: string,
  index: LawIndex,
): { citations: Citation[]; problems: string[] } {
  const citations: Citation[] = [];
  const problems: string[] = [];
  if (!mayCite(body)) return { citations, problems };
  const visit = (node: MarkdownNode) => {
    if (isCitationBlock(node)) {
      const result = parseCitationBlock(
        collectPieces(node).map((placed) => placed.piece),
        index,
      );
      citations.push(...result.citations);
      problems.push(...result.problems);
      return;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(markdownToMdast(body, { position: false }) as MarkdownNode);
  return { citations, problems };
}

/** Every citation in one line of plain text (a glossary definition, a tool's note). */
export function findCitationsInText(
  text: string,
  index: LawIndex,
): ReturnType<typeof parseCitationBlock> {
  return parseCitationBlock([{ text, linkable: true }], index);
}
