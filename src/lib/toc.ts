/** Table of contents from an article's headings: h2 entries, each with its h3 children. */

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocEntry {
  slug: string;
  text: string;
  children: TocEntry[];
}

export function buildTableOfContents(headings: readonly Heading[]): TocEntry[] {
  const entries: TocEntry[] = [];
  for (const heading of headings) {
    if (heading.depth === 2) {
      entries.push({ slug: heading.slug, text: heading.text, children: [] });
    } else if (heading.depth === 3) {
      const parent = entries.at(-1);
      const entry = { slug: heading.slug, text: heading.text, children: [] };
      // An h3 before any h2 still deserves a place: it becomes a top-level entry.
      if (parent) parent.children.push(entry);
      else entries.push(entry);
    }
  }
  return entries;
}
