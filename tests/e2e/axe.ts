/**
 * The accessibility standard every page is held to: WCAG 2.0–2.2 A and AA, plus
 * axe's best practices (landmarks, heading order, one h1…), which are what let a
 * screen-reader user find their way around.
 */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
