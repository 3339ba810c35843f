/**
 * The sections of an article body as authors write them (`## 要点`, `## 下一步`)
 * and the in-page links between them. A 要点 bullet ends with a 详见 link to the
 * section that supports it, so a summary can be read against its body; a link
 * to a heading that does not exist stops the build.
 */
import GithubSlugger from 'github-slugger';

import { nextStepsHeading, summaryHeading } from './section-headings';

export { nextStepsHeading, summaryHeading };

/** The text of each `## ` heading, in order. */
export function level2Headings(body: string): string[] {
  return [...body.matchAll(/^##\s+(.+?)\s*$/gm)].map((match) => match[1] ?? '');
}

/** What stands between `## heading` and the next `## `, or '' when there is no such section. */
export function sectionBody(body: string, heading: string): string {
  const lines = body.split('\n');
  const start = lines.findIndex((line) => line.trim() === `## ${heading}`);
  if (start < 0) return '';
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => /^##\s/.test(line));
  return (end < 0 ? rest : rest.slice(0, end)).join('\n');
}

/**
 * Heading ids as the Markdown pipeline makes them (github-slugger over the
 * heading's text), for bodies the build has not rendered yet (MDX). Rendered
 * Markdown reports its own ids, which win. `expand` turns {{fact}} tokens into
 * the text the heading will show.
 */
export function slugsOfHeadings(body: string, expand: (text: string) => string = (text) => text): string[] {
  const slugger = new GithubSlugger();
  return [...body.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)].map((match) =>
    slugger.slug(expand(plainText(match[1] ?? ''))),
  );
}

/** Inline Markdown reduced to the text a reader sees: links keep their text, marks go. */
function plainText(inline: string): string {
  return inline
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`~]/g, '')
    .trim();
}

const inPageLink = /\]\(\s*<?#([^)\s>]+)>?\s*\)/g;

/** Every `](#id)` target in a body, decoded as the browser will read it. */
export function inPageTargets(markdown: string): string[] {
  return [...markdown.matchAll(inPageLink)].map((match) => safeDecode(match[1] ?? ''));
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export interface SummaryBullet {
  /** 1 for the first bullet. */
  number: number;
  text: string;
  /** The sections its 详见 links point at. */
  targets: string[];
}

/** The bullets of the 要点 section, each with the in-page links it carries. */
export function summaryBullets(body: string): SummaryBullet[] {
  const section = sectionBody(body, summaryHeading);
  const bullets: string[] = [];
  for (const line of section.split('\n')) {
    if (/^\s*[-*]\s+\S/.test(line)) bullets.push(line.replace(/^\s*[-*]\s+/, ''));
    else if (line.trim() !== '' && bullets.length > 0) bullets[bullets.length - 1] += line.trim();
  }
  return bullets.map((text, index) => ({
    number: index + 1,
    text,
    targets: inPageTargets(text),
  }));
}
