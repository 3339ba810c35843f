/**
 * Every word of the interface, in one typed place. Articles carry their own
 * text; everything around them (navigation, labels, notices) comes from here.
 */
export const ui = {
  siteName: '网贷逾期应对指南',
  siteDescription:
    '写给网贷逾期、正被催收困扰的人：用平实的中文讲清楚现在该做什么、会发生什么、去哪里求助，每条法律依据都注明出处。',
  homeLead: '网贷逾期了，先稳住：这里一步步讲清楚接下来能做什么、会发生什么、该去哪里求助。',
  skipToContent: '跳到正文',
  nav: {
    label: '主导航',
    home: '首页',
    glossary: '术语表',
    tags: '标签',
    about: '关于本站',
  },
  search: {
    label: '搜索本站',
    placeholder: '例如：催收、征信、协商',
    submit: '搜索',
    pageTitle: '搜索',
    pageDescription: '按关键词搜索本站文章，例如“催收”“征信”“起诉”。',
    // Templates, filled in the browser by the search script: {count} and {query}.
    resultCount: '找到 {count} 篇相关文章',
    noResults: '没有找到与“{query}”相关的文章。可以换一个更短的词，或者从下面的分类找起。',
    loading: '正在搜索…',
    unavailable: '搜索暂时用不了。可以从下面的分类找到所有文章。',
    browseHeading: '按分类浏览',
    noScript: '搜索需要浏览器开启 JavaScript。不开也没关系，下面列出了所有分类和文章。',
  },
  breadcrumb: { label: '当前位置', home: '首页' },
  article: {
    toc: '本文目录',
    published: '发布',
    updated: '更新',
    reviewed: '最近核对',
    readingTime: (minutes: number) => `约 ${minutes} 分钟读完`,
    tags: '标签',
    sources: '参考来源',
    sourcesNote: '文中法律和政策依据的原文出处，建议以官方网站公布的最新文本为准。',
    related: '相关文章',
    pager: '同一分类的上一篇和下一篇',
    previous: '上一篇',
    next: '下一篇',
  },
  disclaimer: {
    heading: '免责声明',
    text: '本站内容是一般性信息，不是法律意见，也不能代替律师、法律援助机构或金融机构针对你个人情况给出的意见。法律和政策会变化，涉及具体权利义务时，请以官方公布的文本和有关机关的答复为准。',
  },
  urgent: {
    heading: '如果你现在正被威胁或骚扰',
    police: '有人威胁你或家人的人身安全、限制你的自由或闯进家里，请直接拨打 110 报警。',
  },
  category: {
    articleCount: (count: number) => `${count} 篇文章`,
    viewAll: (count: number) => `查看本分类全部 ${count} 篇`,
    empty: '这个分类还没有文章。',
    listHeading: '本分类的文章',
  },
  home: {
    categoriesHeading: '按你的处境找文章',
    searchHeading: '搜索',
    latestHeading: '最近更新',
  },
  tags: {
    indexTitle: '全部标签',
    indexDescription: '按话题查看文章。',
    pageTitle: (tag: string) => `标签：${tag}`,
    pageDescription: (tag: string, count: number) => `与“${tag}”有关的 ${count} 篇文章。`,
  },
  glossary: {
    title: '术语表',
    description: '网贷、征信、催收和诉讼中常见的词，用一两句话解释清楚。',
    aliases: '也叫',
    readMore: '详细了解',
    source: '依据',
  },
  pagination: {
    label: '分页',
    previous: '上一页',
    next: '下一页',
    status: (page: number, total: number) => `第 ${page} 页，共 ${total} 页`,
  },
  notFound: {
    title: '找不到这个页面',
    text: '这个网址没有对应的页面，可能是链接写错了，或者文章换了位置。',
    home: '回到首页',
    search: '或者搜索你想找的内容：',
  },
  footer: {
    about: '关于本站',
    disclaimer: '免责声明',
    privacy: '隐私说明',
    rss: 'RSS 订阅',
    privacyPromise: '本站不使用 Cookie，不做访问统计，不向任何第三方发送你的浏览记录。',
  },
} as const;
