/**
 * The skeleton `npm run new` writes: valid frontmatter (so the build passes at
 * once) and the sections every article has. It starts as a draft, so a
 * half-written article never reaches readers.
 */

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface ArticleTemplateInput {
  slug: string;
  categoryId: string;
  /** Today, `YYYY-MM-DD`. */
  date: string;
}

export function renderArticleTemplate({ slug, categoryId, date }: ArticleTemplateInput): string {
  return `---
title: 新文章 ${slug}
description: 一到两句话：这篇文章写给谁，读完能做什么。
category: ${categoryId}
tags: []
keywords: []
published: ${date}
updated: ${date}
reviewed: ${date}
order: 100
draft: true
sources:
  - title: 《法规名称》第X条
    issuer: 发布机关
    url: https://flk.npc.gov.cn/
---

## 要点

- 用三到五条完整的句子概括全文。

## 第一部分

正文。法律依据在文中写明出处，例如（《征信业管理条例》第16条），并列入上面的 sources。

## 下一步

- [相关文章标题](/articles/first-steps/)：为什么接着读它。
`;
}
