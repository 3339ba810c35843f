import { describe, expect, it } from 'vitest';
import {
  inPageTargets,
  sectionBody,
  slugsOfHeadings,
  summaryBullets,
} from '../../src/lib/content/sections';

const body = [
  '## 要点',
  '',
  '- 接电话前先打开录音。[详见](#接起来之前十秒钟)',
  '- 先问四件事：公司、',
  '  替谁催、哪份合同。[详见](#第一步先问清楚)',
  '- 没有链接的一条。',
  '',
  '## 接起来之前：十秒钟',
  '',
  '正文，见[下文](#第一步先问清楚)。',
  '',
  '## 第一步：先问清楚',
  '',
  '### 先辨别**真假**',
  '',
  '## 下一步',
].join('\n');

describe('sections', () => {
  it('gives heading ids as the Markdown pipeline writes them', () => {
    expect(slugsOfHeadings(body)).toEqual([
      '要点',
      '接起来之前十秒钟',
      '第一步先问清楚',
      '先辨别真假',
      '下一步',
    ]);
    // The same heading twice gets a numbered second id, as on the page.
    expect(slugsOfHeadings('## 今天\n\n## 今天')).toEqual(['今天', '今天-1']);
    // Tokens become the text the heading shows.
    expect(
      slugsOfHeadings('## 在{{deadline-answer}}内答辩', (t) =>
        t.replace('{{deadline-answer}}', '15日'),
      ),
    ).toEqual(['在15日内答辩']);
  });

  it('reads each 要点 bullet with the sections it links to, across wrapped lines', () => {
    expect(summaryBullets(body)).toEqual([
      {
        number: 1,
        text: '接电话前先打开录音。[详见](#接起来之前十秒钟)',
        targets: ['接起来之前十秒钟'],
      },
      {
        number: 2,
        text: '先问四件事：公司、替谁催、哪份合同。[详见](#第一步先问清楚)',
        targets: ['第一步先问清楚'],
      },
      { number: 3, text: '没有链接的一条。', targets: [] },
    ]);
  });

  it('finds in-page links, decoding escaped ids', () => {
    expect(inPageTargets('[a](#%E8%A6%81%E7%82%B9) [b](/articles/x/#y) [c](#下一步)')).toEqual([
      '要点',
      '下一步',
    ]);
    expect(sectionBody(body, '接起来之前：十秒钟').trim()).toBe(
      '正文，见[下文](#第一步先问清楚)。',
    );
    expect(sectionBody(body, '没有这一节')).toBe('');
  });
});
