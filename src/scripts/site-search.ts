/**
 * Live search on /search/. Reads `?q=` (and `&category=`), plans the query
 * (src/lib/search/query-plan.ts), asks Pagefind, falls back to the strongest
 * single words when the whole query finds nothing, re-ranks the loaded results
 * so whole words win, and keeps the query in the address bar so results can be
 * shared and the back button works. Without JavaScript the form still submits
 * and the page lists every category instead.
 */
import { fill } from '../i18n/fill';
import { readToolStrings } from './tool-strings';
import type { ClientStrings } from '../i18n/client-strings';
import type { PagefindModule, PagefindResultData } from '../lib/search/pagefind-api';
import { createVocabulary, planQuery, type SearchVocabulary } from '../lib/search/query-plan';
import { loadShardedPagefind } from '../lib/search/pagefind-shards';
import { rerank } from '../lib/search/rank';
import {
  answerFirst,
  bestSection,
  searchWithFallback,
  shortAnswer,
} from '../lib/search/search-policy';
import { tidyExcerpt } from '../lib/search/excerpt';
import { searchDebounceMs } from '../lib/search/typing';
import { createCrisisCheck, type CrisisPhrases } from '../lib/search/crisis';
import type { SerializedVocabulary } from '../lib/search/vocabulary';

const shownResults = 10;
// A few more than shown are loaded so re-ranking can lift a page from just below the fold.
const loadedResults = 20;

interface Query {
  text: string;
  category: string;
}

/** What src/pages/search.astro hands the script. */
type Strings = ClientStrings<'search'>;

class SiteSearch extends HTMLElement {
  #strings!: Strings;
  #pagefind: Promise<PagefindModule> | undefined;
  #vocabulary!: SearchVocabulary;
  #isCrisis!: (query: string) => boolean;
  #timer: number | undefined;
  #latest = 0;

  connectedCallback() {
    const form = this.querySelector('form');
    const input = this.querySelector<HTMLInputElement>('input[name="q"]');
    const category = this.querySelector<HTMLSelectElement>('select[name="category"]');
    if (!form || !input || !category) return;
    this.#strings = readToolStrings<'search'>(this);
    const data = JSON.parse(
      this.querySelector('[data-vocabulary]')?.textContent ?? '{}',
    ) as SerializedVocabulary;
    this.#vocabulary = createVocabulary(data);
    this.#isCrisis = createCrisisCheck(
      JSON.parse(this.querySelector('[data-crisis-phrases]')?.textContent ?? '{}') as CrisisPhrases,
    );

    const current = (): Query => ({ text: input.value, category: category.value });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      clearTimeout(this.#timer);
      void this.#run(current(), 'push');
    });
    // Pagefind starts when the reader focuses the box, and the words' index chunks download
    // while they pause, so the search itself only has to score. The chunks are those of the
    // planned words (黑户怎么办 → 征信), not of what was typed: those are what the search asks for.
    const warm = () =>
      void this.#load()
        .then((pagefind) => pagefind.preload(planQuery(input.value, this.#vocabulary).primary))
        .catch(() => undefined);
    input.addEventListener('focus', warm, { once: true });
    input.addEventListener('input', () => {
      clearTimeout(this.#timer);
      warm();
      this.#timer = window.setTimeout(() => void this.#run(current(), 'replace'), searchDebounceMs);
    });
    category.addEventListener('change', () => void this.#run(current(), 'replace'));
    addEventListener('popstate', () => {
      const { text, category: chosen } = fromLocation();
      input.value = text;
      category.value = chosen;
      void this.#run(current(), 'none');
    });
    this.#bindKeyboard(input);

    const initial = fromLocation();
    input.value = initial.text;
    category.value = initial.category;
    if (initial.text.trim()) void this.#run(current(), 'none');
  }

  #bindKeyboard(input: HTMLInputElement) {
    const links = () => [...this.querySelectorAll<HTMLAnchorElement>('[data-search-results] h2 a')];
    document.addEventListener('keydown', (event) => {
      const target = event.target as HTMLElement;
      const typing = target.matches('input, textarea, select, [contenteditable]');
      if (event.key === '/' && !typing) {
        event.preventDefault();
        input.focus();
        input.select();
      }
    });
    this.addEventListener('keydown', (event) => {
      if (!['ArrowDown', 'ArrowUp', 'Escape'].includes(event.key)) return;
      const list = links();
      const position = list.indexOf(document.activeElement as HTMLAnchorElement);
      if (event.key === 'Escape') {
        input.focus();
        return;
      }
      if (list.length === 0 || (position === -1 && document.activeElement !== input)) return;
      event.preventDefault();
      const next = event.key === 'ArrowDown' ? position + 1 : position - 1;
      if (next < 0) input.focus();
      else list[Math.min(next, list.length - 1)]?.focus();
    });
  }

  #load(): Promise<PagefindModule> {
    this.#pagefind ??= loadShardedPagefind(
      `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/`,
      { excerptLength: 36 },
    );
    return this.#pagefind;
  }

  async #run(query: Query, history: 'push' | 'replace' | 'none') {
    const text = query.text.trim();
    if (history !== 'none') updateLocation({ text, category: query.category }, history);
    const ticket = ++this.#latest;
    const status = this.querySelector<HTMLElement>('[data-search-status]');
    const list = this.querySelector<HTMLOListElement>('[data-search-results]');
    const suggestions = this.querySelector<HTMLElement>('[data-no-results]');
    const crisisHelp = this.querySelector<HTMLElement>('[data-crisis-help]');
    if (!status || !list || !suggestions || !crisisHelp) return;
    // Shown before Pagefind answers, and whatever it answers: help must not wait on a
    // download or depend on the words matching an article.
    const crisis = this.#isCrisis(text);
    crisisHelp.hidden = !crisis;
    const say = (message: string) => {
      status.textContent = crisis ? `${this.#strings.crisisStatus}${message}` : message;
    };

    if (!text) {
      setPageState('empty');
      delete this.dataset.resultsFor;
      status.textContent = '';
      list.replaceChildren();
      suggestions.hidden = true;
      return;
    }
    say(this.#strings.loading);
    try {
      const pagefind = await this.#load();
      const plan = planQuery(text, this.#vocabulary);
      const options = query.category ? { filters: { category: query.category } } : {};
      // A product page carries each of its names as a filter value, so 金条 finds it exactly
      // where a search by characters would rank pages about 金融 and 第N条 first.
      const found = await searchWithFallback(
        (term) => pagefind.search(term, options),
        plan,
        (name) =>
          pagefind.search(null, {
            filters: { ...options.filters, product: name.split(' ')[0] ?? name },
          }),
      );
      const { partial } = found;
      // A reader who may hurt themselves gets the help page among the results whatever
      // else matched: it is looked up by its own title, the one the help box links.
      const helpTitle = crisis ? this.#helpLink()?.textContent?.trim() : undefined;
      const help = helpTitle ? (await pagefind.search(helpTitle, options))?.results[0] : undefined;
      const results = help
        ? [help, ...found.results.filter((result) => result.id !== help.id)]
        : found.results;
      const loaded = await Promise.all(
        results.slice(0, loadedResults).map(async (result) => {
          const data = await result.data();
          return {
            id: result.id,
            score: result.score,
            title: data.meta['title'] ?? '',
            content: data.content ?? '',
            data,
          };
        }),
      );
      // A slower, older search must not overwrite the answer to what the reader typed last.
      if (ticket !== this.#latest) return;
      // A question's short answer, when one matches well, is what the reader came for.
      const reranked = rerank(loaded, plan.terms);
      // A reader who may hurt themselves gets the help box and the pages as ranked, with the
      // help page among them; an answer about debt is not what to put first. The order is
      // settled over everything loaded, then cut, so a product page or the help page that
      // scored low is not cut before it can be put first.
      const arranged = crisis
        ? { results: this.#helpPageFirst(reranked), lead: undefined }
        : answerFirst(reranked, plan.terms);
      const ranked = arranged.results.slice(0, shownResults);
      const { lead } = arranged;
      list.replaceChildren(...ranked.map((hit) => this.#renderResult(hit.data, hit === lead)));
      setPageState(results.length > 0 ? 'query' : 'empty');
      // Lets tests (and assistive tooling) know which query the list now answers.
      this.dataset.resultsFor = text;
      suggestions.hidden = results.length > 0;
      say(
        results.length === 0
          ? fill(this.#strings.noResults, { query: text })
          : [
              partial ? this.#strings.partialMatch : '',
              fill(this.#strings.resultCount, { count: results.length }),
              lead ? this.#strings.answerStatus : '',
            ]
              .filter(Boolean)
              .join(' '),
      );
    } catch {
      if (ticket !== this.#latest) return;
      setPageState('empty');
      say(this.#strings.unavailable);
      this.dataset.resultsFor = text;
    }
  }

  /** The page the help box points to, when the results hold it, goes first. */
  #helpLink(): HTMLAnchorElement | null {
    return this.querySelector<HTMLAnchorElement>('[data-crisis-help] a[href^="/"]');
  }

  #helpPageFirst<R extends { data: PagefindResultData }>(results: readonly R[]): R[] {
    const href = this.#helpLink()?.getAttribute('href');
    const help = results.find(
      (result) => new URL(result.data.url, location.href).pathname === href,
    );
    return help ? [help, ...results.filter((result) => result !== help)] : [...results];
  }

  #renderResult(result: PagefindResultData, isLead: boolean): HTMLLIElement {
    const item = document.createElement('li');
    if (isLead) {
      item.className = 'result-lead';
      item.append(paragraph('result-label', this.#strings.answerLabel));
    }
    const heading = document.createElement('h2');
    const link = document.createElement('a');
    link.href = result.url;
    link.textContent = result.meta['title'] ?? result.url;
    heading.append(link);
    item.append(heading);

    const category = result.filters['category']?.[0];
    if (category) item.append(paragraph('result-category', category));
    // A question shows its short answer: it says more than an excerpt of where the words matched.
    const answer = shortAnswer({ data: result });
    const excerpt = paragraph('result-excerpt', answer ?? '');
    // Pagefind escapes the page text and adds only <mark> around matched words.
    if (answer === undefined) excerpt.innerHTML = tidyExcerpt(result.excerpt);
    item.append(excerpt);

    // The lifted answer stands on its own; a second link under it would only compete.
    const section = isLead ? undefined : bestSection(result);
    if (section) {
      const line = paragraph('result-section', this.#strings.section);
      const anchor = document.createElement('a');
      anchor.href = section.url;
      anchor.textContent = section.title;
      line.append(anchor);
      item.append(line);
    }
    return item;
  }
}

/** With results on screen the category lists step aside; without, they are the way on. */
function setPageState(state: 'query' | 'empty') {
  document.documentElement.dataset.searchPage = state;
}

function paragraph(className: string, text: string): HTMLParagraphElement {
  const element = document.createElement('p');
  element.className = className;
  element.textContent = text;
  return element;
}

function fromLocation(): Query {
  const params = new URLSearchParams(location.search);
  return { text: params.get('q') ?? '', category: params.get('category') ?? '' };
}

function updateLocation(query: Query, mode: 'push' | 'replace') {
  const url = new URL(location.href);
  if (query.text) url.searchParams.set('q', query.text);
  else url.searchParams.delete('q');
  if (query.category) url.searchParams.set('category', query.category);
  else url.searchParams.delete('category');
  if (url.href === location.href) return;
  if (mode === 'push') history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

customElements.define('site-search', SiteSearch);
