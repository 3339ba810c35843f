/**
 * What readers type when they are thinking of ending their life. A query that
 * contains any of these shows the help box on /search/ above the results
 * (src/lib/search/crisis.ts decides; tests/unit/crisis.test.ts lists what must
 * and must not count). The search page hands the list to its script as JSON,
 * beside the search vocabulary, so the script itself stays within its budget.
 *
 * How to add a phrase:
 * - Write it the way the query is compared: simplified characters, no spaces,
 *   no punctuation. Traditional spellings are folded into simplified first,
 *   using `traditionalToSimplified` below; add a character there if a new
 *   phrase needs one.
 * - Whole phrases only. 死 alone, 死亡, 去世 or 死账 would catch readers asking
 *   about a relative who died or a written-off debt; 想死, 我死了 and 一死了之 do not.
 * - Missing someone costs more than showing the box once too often, and the
 *   box is gentle; still, add a must-not example to the test when a new phrase
 *   sits inside an everyday word.
 */
export const crisisPhrases = [
  // Saying it outright.
  '想死',
  '不想活',
  '不想再活',
  '不想继续活',
  '活不下去',
  '活够了',
  '活着没意思',
  '活着没有意思',
  '活着没意义',
  '活着没有意义',
  '活着有什么意思',
  '活着好累',
  '活着太累',
  '生不如死',
  '不如死了',
  '死了算了',
  '死了一了百了',
  '想一了百了',
  '一死了之',
  '去死',
  '想不开',
  '撑不下去',
  '熬不下去',
  '离开这个世界',
  // "If I die, do my family pay?": a question that often comes with a plan.
  '我死了',
  '我死后',
  '我要是死了',
  '我如果死了',
  // Naming the act.
  '自杀',
  '轻生',
  '寻死',
  '自尽',
  '寻短见',
  '结束生命',
  '结束自己',
  '了结自己',
  '了结生命',
  '了断自己',
  '自我了断',
  '遗书',
  '遗言',
  // Naming a way.
  '跳楼',
  '跳河',
  '跳江',
  '跳桥',
  '跳海',
  '割腕',
  '上吊',
  '烧炭',
  '卧轨',
  '喝农药',
  '吃安眠药',
  '吞安眠药',
] as const;

/**
 * Traditional characters that occur in the phrases, each followed by its
 * simplified form: readers in Hong Kong and Taiwan, or with a traditional
 * input method, write 輕生, 活著沒意思, 想自殺.
 */
export const traditionalToSimplified =
  '繼继續续著着開开沒没義义麼么夠够撐撑後后離离這这個个結结斷断殺杀輕轻尋寻盡尽見见樓楼橋桥燒烧臥卧軌轨農农藥药遺遗書书';
