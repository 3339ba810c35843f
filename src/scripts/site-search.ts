/**
 * Live search on /search/: reads `?q=`, asks Pagefind, shows the results, and
 * keeps the query in the address bar so results can be shared and the back
 * button works. Without JavaScript the form still submits and the page shows
 * the category lists instead.
 */
import { fill } from '../i18n/fill';
import type { PagefindModule, PagefindResultData } from '../lib/search/pagefind-api';

const maxResults = 10;
const debounceMs = 200;

class SiteSearch extends HTMLElement {
  #pagefind: Promise<PagefindModule> | undefined;
  #timer: number | undefined;
  #lastQuery = '';

  connectedCallback() {
    const form = this.querySelector('form');
    const input = this.querySelector<HTMLInputElement>('input[name="q"]');
    if (!form || !input) return;

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#run(input.value, 'push');
    });
    input.addEventListener('input', () => {
      window.clearTimeout(this.#timer);
      this.#timer = window.setTimeout(() => void this.#run(input.value, 'replace'), debounceMs);
    });
    window.addEventListener('popstate', () => {
      input.value = queryFromLocation();
      void this.#run(input.value, 'none');
    });

    input.value = queryFromLocation();
    if (input.value) void this.#run(input.value, 'none');
  }

  #load(): Promise<PagefindModule> {
    this.#pagefind ??= (async () => {
      const url = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/pagefind.js`;
      const module = (await import(/* @vite-ignore */ url)) as PagefindModule;
      await module.options({ excerptLength: 40 });
      await module.init();
      return module;
    })();
    return this.#pagefind;
  }

  async #run(rawQuery: string, history: 'push' | 'replace' | 'none') {
    const query = rawQuery.trim();
    if (history !== 'none') updateLocation(query, history);
    this.#lastQuery = query;
    const status = this.querySelector<HTMLElement>('[data-search-status]');
    const list = this.querySelector<HTMLOListElement>('[data-search-results]');
    if (!status || !list) return;

    this.toggleAttribute('data-has-query', query !== '');
    if (!query) {
      status.textContent = '';
      list.replaceChildren();
      return;
    }
    status.textContent = this.dataset.loading ?? '';
    try {
      const pagefind = await this.#load();
      const response = await pagefind.search(query);
      const data = await Promise.all(
        (response?.results ?? []).slice(0, maxResults).map((result) => result.data()),
      );
      // A slower, older search must not overwrite the answer to what the reader typed last.
      if (query !== this.#lastQuery) return;
      list.replaceChildren(...data.map(renderResult));
      status.textContent = data.length
        ? fill(this.dataset.found ?? '', { count: response?.results.length ?? 0 })
        : fill(this.dataset.none ?? '', { query });
    } catch {
      status.textContent = this.dataset.unavailable ?? '';
    }
  }
}

function queryFromLocation(): string {
  return new URLSearchParams(window.location.search).get('q') ?? '';
}

function updateLocation(query: string, mode: 'push' | 'replace') {
  const url = new URL(window.location.href);
  if (query) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  if (url.href === window.location.href) return;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}

function renderResult(result: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h3');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta['title'] ?? result.url;
  heading.append(link);
  item.append(heading);

  const category = result.filters['category']?.[0];
  if (category) {
    const label = document.createElement('p');
    label.className = 'result-category';
    label.textContent = category;
    item.append(label);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'result-excerpt';
  // Pagefind escapes page text and adds only <mark> around matched words.
  excerpt.innerHTML = result.excerpt;
  item.append(excerpt);
  return item;
}

customElements.define('site-search', SiteSearch);
