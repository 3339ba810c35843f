import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSiteContent } from '../lib/content/site-content';
import { paths } from '../lib/urls';
import { ui } from '../i18n/zh';

/** The feed carries the most recently updated articles, so its size does not grow with the site. */
const feedLength = 30;

export const GET: APIRoute = async ({ site }) => {
  const { latest } = await getSiteContent();
  return rss({
    title: ui.siteName,
    description: ui.siteDescription,
    site: site as URL,
    customData: '<language>zh-CN</language>',
    items: latest(feedLength).map((article) => ({
      title: article.title,
      description: article.description,
      link: paths.article(article.slug),
      pubDate: article.updated,
      categories: [...article.tags],
    })),
  });
};
