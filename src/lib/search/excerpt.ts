/**
 * Pagefind joins the blocks of a page (title, description, heading, paragraph)
 * with ". " when a block ends without punctuation, and keeps the space after a
 * Chinese full stop. In Chinese text both read as typos, so excerpts get the
 * punctuation a Chinese reader expects. The input is Pagefind's excerpt HTML:
 * escaped text with only <mark> tags, which this leaves intact.
 */
const blockJoin = /(\p{Script=Han}|<\/mark>)\. (?=\p{Script=Han}|<mark>)/gu;
const spaceAfterChinesePunctuation = /([。！？；：，、）”])\s+(?=\p{Script=Han}|<mark>|[“（])/gu;

export function tidyExcerpt(html: string): string {
  return html.replace(blockJoin, '$1。').replace(spaceAfterChinesePunctuation, '$1');
}
