/** The two sections every article has, by the headings authors write for them. */
export const summaryHeading = '要点';
export const nextStepsHeading = '下一步';
