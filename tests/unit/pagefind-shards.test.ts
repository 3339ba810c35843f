import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  loadShardedPagefind,
  shardManifestName,
  vocabularyFilter,
} from '../../src/lib/search/pagefind-shards';

const bundle = new URL('../fixtures/fake-pagefind/', import.meta.url).href;

async function load(manifest: Response) {
  const { calls: log } = (await import(`${bundle}pagefind.js`)) as { calls: unknown[][] };
  log.length = 0;
  const fetched: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push(url);
    return manifest;
  });
  const pagefind = await loadShardedPagefind(bundle, { excerptLength: 36 });
  const calls = [...log];
  log.length = 0;
  return { fetched, calls, pagefind, log };
}

afterEach(() => vi.unstubAllGlobals());

describe('loadShardedPagefind', () => {
  it('reads the manifest the indexer writes and merges every shard it lists', async () => {
    const { fetched, calls } = await load(Response.json(['shard/1/', 'shard/2/']));
    expect(fetched).toEqual([`${bundle}${shardManifestName}`]);
    expect(calls).toEqual([
      ['options', { excerptLength: 36 }],
      ['mergeIndex', `${bundle}shard/1/`],
      ['mergeIndex', `${bundle}shard/2/`],
      ['init'],
    ]);
  });

  it('leaves the shards’ vocabulary records out of every search, filters kept', async () => {
    const { pagefind, log } = await load(Response.json(['shard/1/']));
    await pagefind.search('借呗', { filters: { product: '借呗' } });
    expect(log).toEqual([
      [
        'search',
        '借呗',
        {
          filters: {
            product: '借呗',
            not: { [vocabularyFilter.name]: vocabularyFilter.value },
          },
        },
      ],
    ]);
  });

  it('searches the one index as it is when the manifest lists no other shard', async () => {
    const { calls, pagefind, log } = await load(Response.json([]));
    expect(calls).toEqual([['options', { excerptLength: 36 }], ['init']]);
    // One index has no vocabulary record, and a filter on a name it lacks would find nothing.
    await pagefind.search('征信');
    expect(log).toEqual([['search', '征信']]);
  });

  it('fails, rather than search part of the site, when the manifest is missing', async () => {
    await expect(load(new Response('Not found', { status: 404 }))).rejects.toThrow();
  });
});
