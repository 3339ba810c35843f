// @ts-check
// The benchmark's floor: the least a site with these pages can be, one bare Astro page per
// article and Pagefind over the whole page. `npm run bench` builds it beside the real site,
// so the real build's time and memory are read against it.
import { defineConfig } from 'astro/config';

export default defineConfig({
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
