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
# 法律条文不写在这里：在正文里引用，它们会自动出现在文末的“本文依据”。
# 这里只列其他出处（通知、公告、监管部门的页面），网址要指向文件本身，不要只写网站首页。
sources: []
---

## 要点

- 用三到五条完整的句子概括全文。

## 第一部分

正文。法律依据写在句子后面，例如（《征信业管理条例》第16条）；同一段里再引用同一部法规，
可以只写（第17条）。每个“第N条”都会链接到 /laws/ 里的原文；那一条还没收录的话，
先在 content/laws/ 里补上原文，否则构建会停下来并指出是哪一处引用。

## 下一步

- [相关文章标题](/articles/first-steps/)：为什么接着读它。
`;
}
