import { expect, test, type Page } from '@playwright/test';

/** A field by its label, among those the reader can see (the APR tool has one set per kind of loan). */
const field = (page: Page, label: string) =>
  page.getByLabel(label, { exact: true }).filter({ visible: true });

async function fill(page: Page, values: Record<string, string>) {
  for (const [label, value] of Object.entries(values)) {
    await field(page, label).fill(value);
  }
}

/** Presses Tab until the focused element matches, as a keyboard user would; fails after 60 presses. */
async function tabTo(page: Page, selector: string) {
  for (let press = 0; press < 60; press++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

test.describe('true-APR calculator', () => {
  test('matches the worked example: 10,000 over 12 months at 1,000 a month', async ({ page }) => {
    await page.goto('/tools/apr/');
    await fill(page, {
      合同上写的借款金额: '10000',
      实际到手的金额: '10000',
      还款期数: '12',
      每期还款额: '1000',
      每期另收的费用: '0',
    });
    await page.getByRole('button', { name: '计算' }).click();
    const results = page.getByRole('region', { name: '计算结果' });
    await expect(results.locator('[data-out="nominal"]')).toHaveText('35.07%');
    await expect(results.locator('[data-out="period"]')).toHaveText('2.923%');
    await expect(results.locator('[data-out="effective"]')).toHaveText('41.30%');
    await expect(results.locator('[data-out="totalCost"]')).toHaveText('2,000.00元');
    await expect(results.getByText(/^高于 金融借款的 24% 界线/)).toBeVisible();
    await expect(results.getByText('借款时被预先扣掉').filter({ visible: true })).toHaveCount(0);
  });

  test('counts fees taken up front and converts a 月息 quote', async ({ page }) => {
    await page.goto('/tools/apr/');
    await fill(page, { 合同上写的借款金额: '10,000', 实际到手的金额: '９０００', 还款期数: '12' });
    await page.getByLabel('平台只报了“月息/日息”').check();
    await field(page, '报价的每期利率').fill('1');
    await page.getByRole('button', { name: '计算' }).click();
    const results = page.getByRole('region', { name: '计算结果' });
    await expect(results.locator('[data-out="deducted"]')).toHaveText('1,000.00元');
    await expect(results.getByText(/民法典》第670条/)).toBeVisible();
    await expect(results.locator('[data-out="totalPaid"]')).toHaveText('11,200.00元');
  });

  test('explains bad input next to each field and in a summary', async ({ page }) => {
    await page.goto('/tools/apr/');
    await fill(page, { 实际到手的金额: '-5', 还款期数: '十二', 每期还款额: '0' });
    await page.getByRole('button', { name: '计算' }).click();
    const summary = page.getByRole('alert');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('有 3 处需要修改');
    await expect(field(page, '实际到手的金额')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('[data-error-for="received"]')).toHaveText(
      '实际到手的金额不能是负数',
    );
    await expect(page.locator('[data-error-for="periods"]')).toHaveText('还款期数要填数字');
    await expect(page.locator('[data-error-for="payment"]')).toHaveText('每期还款额必须大于 0');
    await expect(page.getByRole('region', { name: '计算结果' })).toBeHidden();
  });

  test('reads a schedule pasted from an app, at phone width, with the keyboard alone', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto('/tools/apr/');
    await tabTo(page, 'input[name="kind"]');
    await page.keyboard.press('ArrowDown'); // 照 App 里的还款计划逐笔填
    await tabTo(page, '#loan-date');
    await page.keyboard.type('2026-01-01');
    await page.keyboard.press('Tab');
    await page.keyboard.type('10000');
    await page.keyboard.press('Tab');
    await page.keyboard.type('第1期 2026-02-01 应还 3,000元');
    await page.keyboard.press('Enter');
    await page.keyboard.type('2026-03-01 3000');
    await page.keyboard.press('Enter');
    await page.keyboard.type('2026年4月1日 ４５００');
    await tabTo(page, 'button[type="submit"]');
    await page.keyboard.press('Enter');
    const results = page.getByRole('region', { name: '计算结果' });
    await expect(results.locator('[data-out="scheduleSimple"]')).toHaveText('28.12%');
    await expect(results.locator('[data-out="scheduleDays"]')).toHaveText('90 天');
    await expect(results.getByRole('heading', { name: '计算结果' })).toBeFocused();
  });

  test('names each bad schedule line by its number and computes nothing', async ({ page }) => {
    await page.goto('/tools/apr/');
    await page.getByLabel('照 App 里的还款计划逐笔填').check();
    await fill(page, { 借款到账的日期: '2026-01-01', 实际到手的金额: '1000' });
    await field(page, '还款计划').fill('2026-02-01 600\n还款 600\n2026-02-30 100');
    await page.getByRole('button', { name: '计算' }).click();
    await expect(page.getByRole('alert')).toContainText('有 2 处需要修改');
    await expect(page.locator('[data-error-for="schedule"]')).toHaveText(
      '第2行：没有找到日期，请写成 2026-01-05 这样；第3行：日期“2026-02-30”不存在',
    );
    await expect(page.getByRole('region', { name: '计算结果' })).toBeHidden();
    await field(page, '还款计划').fill('2025-12-31 600\n2026-02-01 600');
    await page.getByRole('button', { name: '计算' }).click();
    await expect(page.locator('[data-error-for="schedule"]')).toHaveText('第1行：早于借款日期');
  });

  test('shows a 714 loan per 100 元 a day, at phone width, with the keyboard alone', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto('/tools/apr/');
    await tabTo(page, 'input[name="kind"]');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown'); // 借几天、到期一次还清
    for (const [selector, value] of [
      ['#days-contract', '1000'],
      ['#days-received', '700'],
      ['#days', '7'],
      ['#days-repaid', '1000'],
    ] as const) {
      await tabTo(page, selector);
      await page.keyboard.type(value);
    }
    await tabTo(page, 'input[name="lender"]');
    await page.keyboard.press('ArrowDown'); // 个人或普通公司（民间借贷）
    await tabTo(page, 'button[type="submit"]');
    await page.keyboard.press('Enter');
    const results = page.getByRole('region', { name: '计算结果' });
    await expect(results.locator('[data-out="shortRate"]')).toHaveText('2234.69%');
    await expect(results.locator('[data-out="per100"]')).toHaveText('6.12元');
    await expect(results.locator('[data-out="shortDeducted"]')).toHaveText('300.00元');
    await expect(results.locator('[data-lender="private"] [data-applies]')).toBeVisible();
    await expect(results.locator('[data-lender="licensed"] [data-applies]')).toBeHidden();
    await expect(results.getByText(/^高于 一年期 LPR 的 4 倍/)).toBeVisible();
  });

  test('refuses a 714 loan of 0 days or repaying less than was received', async ({ page }) => {
    await page.goto('/tools/apr/');
    await page.getByLabel('借几天、到期一次还清（如“714”）').check();
    await fill(page, {
      合同上写的借款金额: '1000',
      实际到手的金额: '1200',
      借多少天: '0',
      到期一共要还: '500',
    });
    await page.getByRole('button', { name: '计算' }).click();
    await expect(page.getByRole('alert')).toContainText('有 3 处需要修改');
    await expect(page.locator('[data-error-for="days"]')).toHaveText('借多少天必须大于 0');
    await expect(page.locator('[data-error-for="days-received"]')).toHaveText(
      '实际到手的金额不应多于合同上写的借款金额',
    );
    await expect(page.locator('[data-error-for="days-repaid"]')).toHaveText(
      '到期要还的钱应多于实际到手的金额',
    );
    await expect(page.getByText('NaN')).toHaveCount(0);
  });

  test('refuses payments that add up to less than was received instead of a negative rate', async ({
    page,
  }) => {
    await page.goto('/tools/apr/');
    await fill(page, { 实际到手的金额: '10000', 还款期数: '12', 每期还款额: '200' });
    await page.getByRole('button', { name: '计算' }).click();
    await expect(page.locator('[data-error-for="payment"]')).toHaveText(
      '按这些数字没有多还钱，算不出利率：每期还款（连同每期费用）乘以期数，应多于到手的金额',
    );
    await expect(page.getByRole('region', { name: '计算结果' })).toBeHidden();
  });

  test('one loan, one rate: a 714 loan counted in days or pasted as a schedule', async ({
    page,
  }) => {
    await page.goto('/tools/apr/');
    await page.getByLabel('借几天、到期一次还清（如“714”）').check();
    await fill(page, { 合同上写的借款金额: '1000', 实际到手的金额: '700', 借多少天: '7' });
    await fill(page, { 到期一共要还: '1000' });
    await page.getByRole('button', { name: '计算' }).click();
    const results = page.getByRole('region', { name: '计算结果' });
    await expect(results.locator('[data-out="shortRate"]')).toHaveText('2234.69%');
    await page.getByLabel('照 App 里的还款计划逐笔填').check();
    await fill(page, { 借款到账的日期: '2026-01-01', 实际到手的金额: '700' });
    await field(page, '还款计划').fill('2026-01-08 1000');
    await page.getByRole('button', { name: '计算' }).click();
    await expect(results.locator('[data-out="scheduleSimple"]')).toHaveText('2234.69%');
    await expect(results.getByText(/^三种填法用同一种算法/)).toBeVisible();
    await expect(results.getByText(/^超过/)).toHaveCount(0);
  });

  test('says “over 1,000,000%” for absurd input instead of billions of per cent', async ({
    page,
  }) => {
    await page.goto('/tools/apr/');
    await page.getByLabel('借几天、到期一次还清（如“714”）').check();
    await fill(page, { 合同上写的借款金额: '1', 实际到手的金额: '1', 借多少天: '1' });
    await fill(page, { 到期一共要还: '100000' });
    await page.getByRole('button', { name: '计算' }).click();
    const results = page.getByRole('region', { name: '计算结果' });
    await expect(results.locator('[data-out="shortRate"]')).toHaveText('超过 1,000,000%');
    await expect(results.getByText(/^高于 金融借款的 24% 界线/)).toBeVisible();
  });

  test('keeps large figures whole on a 375 px phone', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto('/tools/apr/');
    await fill(page, {
      合同上写的借款金额: '99999999',
      实际到手的金额: '99999999',
      还款期数: '600',
      每期还款额: '99999999',
      每期另收的费用: '99999999',
    });
    await page.getByRole('button', { name: '计算' }).click();
    const results = page.getByRole('region', { name: '计算结果' });
    await expect(results).toBeVisible();
    // Each figure is one line: its text's boxes share one top edge.
    const lineCounts = await results.locator('dd').evaluateAll((cells) =>
      cells
        .filter((cell) => cell.getClientRects().length > 0)
        .map((cell) => {
          const range = document.createRange();
          range.selectNodeContents(cell);
          return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
        }),
    );
    expect(lineCounts.length).toBeGreaterThan(3);
    expect(lineCounts.every((count) => count === 1)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
  });

  test('shows the method and worked example without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/tools/apr/');
    await expect(page.getByRole('heading', { name: '怎么算' })).toBeVisible();
    await expect(page.locator('#examples ~ p').first()).toContainText('35.07%');
    await context.close();
  });
});

test.describe('repayment planner', () => {
  test('compares avalanche and snowball for two debts', async ({ page }) => {
    await page.goto('/tools/plan/');
    await page.locator('#debt-0-name').fill('网贷A');
    await page.locator('#debt-0-balance').fill('3000');
    await page.locator('#debt-0-rate').fill('36');
    await page.locator('#debt-0-minimum').fill('150');
    await page.locator('#debt-1-name').fill('信用卡B');
    await page.locator('#debt-1-balance').fill('2000');
    await page.locator('#debt-1-rate').fill('18');
    await page.locator('#debt-1-minimum').fill('100');
    await page.getByLabel('每月能用来还款的钱', { exact: true }).fill('600');
    await page.getByRole('button', { name: '生成计划' }).click();

    const rows = page.locator('[data-summary-rows] tr');
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0)).toContainText('网贷A → 信用卡B');
    await expect(rows.nth(1)).toContainText('信用卡B → 网贷A');
    const interest = async (row: number) =>
      Number((await rows.nth(row).locator('td').nth(1).textContent())?.replace(/[,元]/g, ''));
    expect(await interest(0)).toBeLessThan(await interest(1));
    await expect(page.locator('[data-chart] polyline')).toHaveCount(2);
    await expect(page.locator('details[open] tbody tr').last()).toContainText('0.00');
  });

  test('adds and removes debt rows', async ({ page }) => {
    await page.goto('/tools/plan/');
    await page.getByRole('button', { name: '再加一笔欠款' }).click();
    await expect(page.locator('[data-debt-row]')).toHaveCount(3);
    await expect(page.getByRole('group', { name: '第 3 笔' })).toBeVisible();
    await page
      .getByRole('group', { name: '第 1 笔' })
      .getByRole('button', { name: '删除这一笔' })
      .click();
    await expect(page.locator('[data-debt-row]')).toHaveCount(2);
    await expect(page.getByRole('group', { name: '第 1 笔' })).toBeVisible();
  });

  test('says so when the budget cannot cover the minimums, and points to negotiation', async ({
    page,
  }) => {
    await page.goto('/tools/plan/');
    for (const [index, minimum] of [
      ['0', '300'],
      ['1', '200'],
    ] as const) {
      await page.locator(`#debt-${index}-balance`).fill('5000');
      await page.locator(`#debt-${index}-rate`).fill('24');
      await page.locator(`#debt-${index}-minimum`).fill(minimum);
    }
    await page.getByLabel('每月能用来还款的钱', { exact: true }).fill('400');
    await page.getByRole('button', { name: '生成计划' }).click();
    const problem = page.locator('[data-problem]');
    await expect(problem).toContainText('比你的预算多 100.00元');
    await problem.getByRole('link', { name: '如何与平台协商还款' }).click();
    await expect(page).toHaveURL(/\/articles\/negotiate-with-lenders\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('如何与平台协商还款');
  });

  test('three debts fit a 375 px phone', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto('/tools/plan/');
    await page.getByRole('button', { name: '再加一笔欠款' }).click();
    for (const [index, name] of ['某某借呗', '某某信用卡', '某某消费金融'].entries()) {
      await page.locator(`#debt-${index}-name`).fill(name);
      await page.locator(`#debt-${index}-balance`).fill('123456.78');
      await page.locator(`#debt-${index}-rate`).fill('23.99');
      await page.locator(`#debt-${index}-minimum`).fill('2345.67');
    }
    await page.getByLabel('每月能用来还款的钱', { exact: true }).fill('9000');
    await page.getByRole('button', { name: '生成计划' }).click();
    await expect(page.locator('[data-summary-rows] tr')).toHaveCount(2);
    // The first strategy's month-by-month table is open.
    await expect(page.locator('[data-month-tables] details').first()).toHaveAttribute('open', '');
    // Wide tables scroll inside their own box; nothing may push the page past the screen's edge.
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    const rightEdges = await page
      .locator('main :is(fieldset, input, table, .table-scroll, figure, details, dl, p)')
      .evaluateAll((elements) =>
        elements
          .filter((element) => !element.closest('.table-scroll'))
          .map((element) => Math.round(element.getBoundingClientRect().right)),
      );
    expect(pageWidth).toBeLessThanOrEqual(375);
    expect(Math.max(...rightEdges)).toBeLessThanOrEqual(375);
    // The month-by-month table is read without scrolling sideways.
    const table = page.locator('[data-month-tables] .table-scroll').first();
    const overflow = await table.evaluate((box) => box.scrollWidth - box.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await expect(table.getByRole('columnheader', { name: '还某某消费金融（元）' })).toHaveCount(1);
  });

  test('leaves out a debt row the reader never touched', async ({ page }) => {
    await page.goto('/tools/plan/');
    await page.locator('#debt-0-balance').fill('3000');
    await page.locator('#debt-0-rate').fill('24');
    await page.locator('#debt-0-minimum').fill('200');
    await page.getByLabel('每月能用来还款的钱', { exact: true }).fill('500');
    await page.getByRole('button', { name: '生成计划' }).click();
    await expect(page.getByRole('alert')).toBeHidden();
    await expect(page.locator('[data-summary-rows] tr')).toHaveCount(2);
    await expect(page.locator('[data-summary-rows]')).not.toContainText('第 2 笔');
  });

  test('rejects missing and impossible numbers', async ({ page }) => {
    await page.goto('/tools/plan/');
    await page.locator('#debt-0-balance').fill('abc');
    await page.getByRole('button', { name: '生成计划' }).click();
    await expect(page.getByRole('alert')).toContainText('第 1 笔的剩余欠款要填数字');
    await expect(page.getByRole('alert')).toContainText('请填写每月能用来还款的钱');
  });
});

test.describe('negotiation letter', () => {
  test('writes the letter from the form and warns about a plan that does not add up', async ({
    page,
  }) => {
    await page.goto('/tools/letter/negotiate/');
    await fill(page, {
      平台或机构名称: '某某消费金融有限公司',
      目前欠款总额: '12000',
      每月能稳定还多少: '1000',
      希望多少个月还清: '10',
      逾期的原因: '今年 6 月失业，收入中断',
    });
    await page.getByLabel('减免逾期产生的罚息、违约金等费用').check();
    await page.getByRole('button', { name: '生成申请' }).click();
    const letter = page.locator('[data-letter]');
    await expect(letter).toContainText('致某某消费金融有限公司：');
    await expect(letter).toContainText('目前尚欠12,000元');
    await expect(letter).toContainText('2. 减免逾期产生的罚息、违约金等费用；');
    await expect(page.locator('[data-warning]')).toContainText('至少需要 12 个月');
  });

  test('asks for what is missing', async ({ page }) => {
    await page.goto('/tools/letter/negotiate/');
    await page.getByRole('button', { name: '生成申请' }).click();
    await expect(page.getByRole('alert')).toContainText('有 5 处需要修改');
    await expect(page.locator('[data-letter]')).toBeHidden();
  });

  test('copies the letter to the clipboard', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: baseURL ?? '',
    });
    await page.goto('/tools/letter/negotiate/');
    await fill(page, {
      平台或机构名称: '某某银行',
      目前欠款总额: '6000',
      每月能稳定还多少: '500',
      希望多少个月还清: '12',
      逾期的原因: '生病住院',
    });
    await page.getByRole('button', { name: '生成申请' }).click();
    await page.getByRole('button', { name: '复制全文' }).click();
    await expect(page.locator('[data-copy-status]')).toHaveText('已复制');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('致某某银行：');
  });
});

test.describe('budget statement', () => {
  test('shares what is left among the lenders and prints as one statement', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto('/tools/budget/');
    await fill(page, { 工资或经营收入: '5000', 房租或房贷: '1500', 吃饭: '2300' });
    const rows = [
      ['甲银行', '20000'],
      ['乙消费金融', '8,000'],
      ['丙小贷', '２０００'],
    ];
    for (const [index, [lender, owed]] of rows.entries()) {
      await page.locator(`#lender-${index}`).fill(lender ?? '');
      await page.locator(`#owed-${index}`).fill(owed ?? '');
    }
    await fill(page, { 每家每月至少还: '100' });
    await page.getByRole('button', { name: '生成收支说明' }).click();
    const statement = page.getByRole('region', { name: '收支说明' });
    await expect(statement.getByRole('heading', { name: '收支说明' })).toBeFocused();
    await expect(statement.locator('[data-out="leftOver"]')).toHaveText('1,200.00元');
    await expect(statement.getByRole('row', { name: /甲银行/ })).toContainText('785.00元');
    await expect(statement.getByRole('row', { name: /乙消费金融/ })).toContainText('314.00元');
    await expect(statement.getByRole('row', { name: /丙小贷/ })).toContainText('100.00元');
    await expect(statement.locator('[data-lines]')).toContainText('房租或房贷');
    // The same offers, written as one negotiation letter per lender.
    const letters = statement.getByRole('region', { name: '给每一家的协商申请' });
    await letters.getByText('甲银行：每月 785.00元').click();
    await expect(letters.locator('pre').first()).toContainText('致甲银行：');
    await expect(letters.locator('pre').first()).toContainText('约为785元');
    await expect(letters.locator('pre').first()).toContainText('希望在26个月内还清');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('budget-tool form')).toBeHidden();
    await expect(page.getByRole('heading', { name: '为什么要写收支说明' })).toBeHidden();
    await expect(statement).toBeVisible();
  });

  test('names what is missing and says plainly when nothing is left', async ({ page }) => {
    await page.goto('/tools/budget/');
    await page.locator('#owed-0').fill('3000');
    await page.getByRole('button', { name: '生成收支说明' }).click();
    await expect(page.getByRole('alert')).toContainText('有 2 处需要修改');
    await expect(page.locator('[data-error-for="income-salary"]')).toHaveText('请至少填一项收入');
    await expect(page.locator('[data-error-for="lender-0"]')).toHaveText(
      '第 1 家：请填写平台或机构名称',
    );
    await fill(page, { 工资或经营收入: '3000', 房租或房贷: '3500' });
    await page.locator('#lender-0').fill('甲银行');
    await page.getByRole('button', { name: '生成收支说明' }).click();
    const statement = page.getByRole('region', { name: '收支说明' });
    await expect(statement).toContainText('必要开支已经用完了全部收入');
    await expect(statement.getByRole('row', { name: /甲银行/ })).toContainText('0.00元');
  });
});

test.describe('letters', () => {
  test('the index lists the negotiation letter and five more', async ({ page }) => {
    await page.goto('/tools/letter/');
    const titles = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(titles.slice(0, 6)).toEqual([
      '协商还款申请',
      '请停止联系我的家人朋友',
      '请停止处理并删除我的个人信息',
      '征信异议申请',
      '请出示债权转让通知和欠款明细',
      '请提供借款合同和费用明细',
    ]);
  });

  test('a credit dispute is written from the form, with its basis linked to the law', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto('/tools/letter/credit-dispute/');
    await page.getByRole('button', { name: '生成信件' }).click();
    await expect(page.getByRole('alert')).toContainText('有 4 处需要修改');
    await expect(page.locator('[data-error-for="record"]')).toHaveText('请填写哪一条记录');
    await fill(page, {
      交给谁: '中国人民银行征信中心',
      哪一条记录: '某某消费金融有限公司的贷款账户，2026年3月至5月显示逾期',
      '错在哪里，正确的应该是什么': '已于2026年2月28日按协议结清',
      希望对方怎样联系你: '本人手机',
    });
    await page.getByRole('button', { name: '生成信件' }).click();
    const letter = page.locator('[data-letter]');
    await expect(letter).toContainText('自收到本异议之日起20日内核查和处理');
    await expect(page.getByRole('heading', { name: '信件全文' })).toBeFocused();
    // The preview follows later edits without pressing the button again.
    await fill(page, { 希望对方怎样联系你: '电子邮件' });
    await expect(letter).toContainText('联系方式：电子邮件');
    await expect(page.getByRole('link', { name: '第25条' })).toHaveAttribute(
      'href',
      /\/laws\/zhengxinye-guanli-tiaoli\/#a25$/,
    );
    await page.emulateMedia({ media: 'print' });
    await expect(letter).toBeVisible();
    await expect(page.locator('letter-tool form')).toBeHidden();
    await expect(page.getByRole('heading', { name: '这封信依据的条文' })).toBeHidden();
  });
});

test.describe('letters without JavaScript', () => {
  for (const path of ['/tools/letter/negotiate/', '/tools/letter/credit-dispute/']) {
    test(`${path} still gives a letter to copy by hand`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(path);
      const letter = page.locator('[data-letter-sample]');
      await expect(letter).toBeVisible();
      // The blanks are marked for the reader to fill in: 【平台或机构名称】.
      await expect(letter).toContainText(/致【[^】]+】：/);
      expect((await letter.textContent())?.length ?? 0).toBeGreaterThan(150);
      // The calculators' note about working it out by hand does not belong on a letter.
      await expect(page.getByText(/这个计算器需要/)).toHaveCount(0);
      await context.close();
    });
  }
});
