/**
 * The two sections every article has, by the headings authors write for them.
 * Apart from src/lib/content/sections.ts so the search page's script can name
 * them without bundling the heading slugger.
 */
export const summaryHeading = '要点';
export const nextStepsHeading = '下一步';
