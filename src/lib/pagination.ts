/** How many articles a category or tag page lists before it continues on the next page. */
export const articlesPerPage = 20;

/** How many questions one page of /questions/ lists. */
export const questionsPerPage = 50;

/** How many of its questions a category page, and the home page, show before linking to the rest. */
export const questionsShown = 8;

/** How many questions an article lists at its foot; the rest are on the category page. */
export const relatedQuestionsShown = 4;
