/**
 * Built pages read with an HTML parser, never with regular expressions: an
 * attribute in another order, a quote style or a nested tag must not change
 * what a test sees.
 */
import { parse, type HTMLElement } from 'node-html-parser';

export type { HTMLElement };

const parsed = new WeakMap<object, HTMLElement>();

/** The page's document; parsed once per page object however many tests read it. */
export function documentOf(page: { html: string }): HTMLElement {
  const cached = parsed.get(page);
  if (cached) return cached;
  const document = parse(page.html, { comment: false });
  parsed.set(page, document);
  return document;
}

/** The text a reader sees in an element: scripts, styles and hidden parts left out. */
export function visibleText(element: HTMLElement, { skipHidden = true } = {}): string {
  if (['script', 'style', 'template'].includes(element.rawTagName?.toLowerCase() ?? '')) return '';
  if (skipHidden && element.hasAttribute?.('hidden')) return '';
  return element.childNodes
    .map((child) =>
      child.nodeType === 3
        ? child.text
        : visibleText(child as HTMLElement, { skipHidden }),
    )
    .join(' ');
}
