/** How many articles a category or tag page lists before it continues on the next page. */
export const articlesPerPage = 20;
