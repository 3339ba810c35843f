/**
 * The repayment plan's behaviour: debt rows added and removed (up to ten),
 * one budget, and the two orders compared side by side with a chart and
 * month-by-month tables. Ids come from contract.ts; the plan itself from
 * src/lib/finance.
 */
import {
  buildRepaymentPlan,
  type Debt,
  type Plan,
  type Strategy,
} from '../../../lib/finance/repayment-plan';
import { formatAmount, formatMonths, formatYuan } from '../../../lib/format';
import { fill } from '../../../i18n/fill';
import type { FormReader } from '../../../scripts/form-feedback';
import { ToolElement } from '../../../scripts/tool-element';
import {
  budgetField,
  debtFieldId,
  debtFieldPrefix,
  maxDebts,
  templateIndex,
  type DebtPart,
  type PlanHook,
} from './contract';
import { hookSelector } from '../hooks';

const amountRules = { max: 100_000_000 };
const strategies: Strategy[] = ['avalanche', 'snowball'];

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function svg(tag: string, attributes: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

class PlanTool extends ToolElement<'plan', unknown, PlanHook> {
  #nextRow = 0;

  protected override start() {
    this.#nextRow = this.#rows().length;
    this.find('add-debt')?.addEventListener('click', () => this.#addRow());
    this.form.addEventListener('click', (event) => {
      const button = (event.target as Element).closest(hookSelector('remove-debt'));
      if (!button) return;
      button.closest(hookSelector('debt-row'))?.remove();
      this.#renumber();
      this.find('add-debt')?.focus();
    });
    this.#renumber();
  }

  #rows(): HTMLElement[] {
    return this.findAll('debt-row');
  }

  #addRow() {
    const template = this.find<HTMLTemplateElement>('debt-template');
    const container = this.find('debt-rows');
    if (!template || !container || this.#rows().length >= maxDebts) return;
    const index = this.#nextRow++;
    const row = template.content.firstElementChild?.cloneNode(true) as HTMLElement;
    row
      .querySelectorAll('[id], [for], [aria-describedby], [data-error-for], [name]')
      .forEach((node) => {
        for (const attribute of ['id', 'for', 'aria-describedby', 'data-error-for', 'name']) {
          const value = node.getAttribute(attribute);
          if (value)
            node.setAttribute(
              attribute,
              value.replaceAll(debtFieldPrefix(templateIndex), debtFieldPrefix(index)),
            );
        }
      });
    this.setHookValue(row, 'debt-row', String(index));
    container.append(row);
    this.#renumber();
    row.querySelector('input')?.focus();
  }

  #renumber() {
    const rows = this.#rows();
    rows.forEach((row, position) => {
      const legend = row.querySelector('legend');
      if (legend) legend.textContent = fill(this.strings.debt, { n: position + 1 });
      const remove = this.find('remove-debt', undefined, row);
      if (remove) remove.hidden = rows.length <= 1;
    });
    const add = this.find('add-debt');
    if (add) add.hidden = rows.length >= maxDebts;
  }

  protected override submit(read: FormReader) {
    // A row the reader never filled in is not a debt; with none filled, the first one asks for its numbers.
    const filled = this.#rows().filter((row) =>
      [...row.querySelectorAll('input')].some((input) => input.value.trim() !== ''),
    );
    const rows = filled.length > 0 ? filled : this.#rows().slice(0, 1);
    const debts: Debt[] = rows.map((row) => {
      const position = this.#rows().indexOf(row);
      const index = this.hookValue(row, 'debt-row') ?? '';
      const id = (part: DebtPart) => debtFieldId(Number(index), part);
      const prefix = fill(this.strings.debt, { n: position + 1 });
      // Several rows share labels, so each message names its row: 第 2 笔欠款的余额.
      const label = (part: DebtPart) => `${prefix}的${read.label(id(part))}`;
      return {
        name: read.value(id('name')).trim() || prefix,
        balance: read.number(id('balance'), amountRules, '', label('balance')),
        annualRate: read.percent(id('rate'), { max: 1_000, allowZero: true }, label('rate')),
        minimumPayment: read.number(
          id('minimum'),
          { ...amountRules, allowZero: true },
          '',
          label('minimum'),
        ),
      };
    });
    const budget = read.number(budgetField, amountRules);

    const results = this.find('results');
    const problem = this.find('problem');
    const problemText = this.find('problem-text');
    const output = this.find('plan-output');
    if (!results || !problem || !problemText || !output) return;
    if (!this.reportErrors(read)) {
      results.hidden = true;
      return;
    }

    const outcomes = strategies.map((strategy) => buildRepaymentPlan(debts, budget, strategy));
    const plans = outcomes.flatMap((outcome) => (outcome.ok ? [outcome.plan] : []));
    const failure = outcomes.find((outcome) => !outcome.ok);
    problem.hidden = failure === undefined;
    output.hidden = failure !== undefined;
    if (failure && !failure.ok) {
      problemText.textContent =
        failure.reason === 'budget-below-minimums'
          ? fill(this.strings.shortfall, { amount: formatYuan(failure.shortfall) })
          : this.strings.neverPaid;
    } else {
      this.#renderSummary(plans, debts);
      this.#renderChart(plans, debts);
      this.#renderTables(plans, debts);
    }
    this.reveal(results);
  }

  #strategyName(strategy: Strategy): string {
    return strategy === 'avalanche' ? this.strings.avalanche : this.strings.snowball;
  }

  #renderSummary(plans: Plan[], debts: Debt[]) {
    const body = this.find('summary-rows');
    if (!body) return;
    body.replaceChildren(
      ...plans.map((plan) => {
        const row = element('tr');
        const order = debts
          .map((debt, index) => ({ name: debt.name, month: plan.clearedInMonth[index] ?? 0 }))
          .sort((a, b) => a.month - b.month)
          .map((entry) => entry.name)
          .join(' → ');
        const heading = element('th', this.#strategyName(plan.strategy));
        heading.setAttribute('scope', 'row');
        row.append(
          heading,
          element('td', formatMonths(plan.monthsToDebtFree)),
          element('td', formatYuan(plan.totalInterest), 'number'),
          element('td', order),
        );
        return row;
      }),
    );
  }

  #renderChart(plans: Plan[], debts: Debt[]) {
    const holder = this.find('chart');
    if (!holder) return;
    const [width, height, left, bottom, top, right] = [640, 260, 64, 28, 12, 12];
    const start = debts.reduce((sum, debt) => sum + debt.balance, 0);
    const series = plans.map((plan) => [
      start,
      ...plan.months.map((m) => m.balances.reduce((a, b) => a + b, 0)),
    ]);
    const lastMonth = Math.max(...series.map((points) => points.length - 1), 1);
    const highest = Math.max(...series.flat(), 1);
    const x = (month: number) => left + (month / lastMonth) * (width - left - right);
    const y = (amount: number) => top + (1 - amount / highest) * (height - top - bottom);

    const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img' });
    chart.setAttribute('aria-label', this.querySelector('figcaption')?.textContent ?? '');
    chart.append(
      svg('line', { x1: left, y1: y(0), x2: width - right, y2: y(0), class: 'axis' }),
      svg('line', { x1: left, y1: top, x2: left, y2: y(0), class: 'axis' }),
      svg(
        'text',
        { x: left - 6, y: top + 10, 'text-anchor': 'end' },
        formatYuan(highest).replace('.00', ''),
      ),
      svg('text', { x: left - 6, y: y(0), 'text-anchor': 'end' }, '0'),
      svg(
        'text',
        { x: width - right, y: height - 6, 'text-anchor': 'end' },
        formatMonths(lastMonth),
      ),
    );
    plans.forEach((plan, index) => {
      const points = (series[index] ?? []).map(
        (amount, month) => `${x(month).toFixed(1)},${y(amount).toFixed(1)}`,
      );
      chart.append(
        svg('polyline', {
          points: points.join(' '),
          fill: 'none',
          'stroke-width': 3,
          class: `line-${plan.strategy}`,
        }),
      );
    });
    const legend = element('ul', undefined, 'legend');
    for (const plan of plans)
      legend.append(element('li', this.#strategyName(plan.strategy), `key-${plan.strategy}`));
    holder.replaceChildren(chart, legend);
  }

  #renderTables(plans: Plan[], debts: Debt[]) {
    const holder = this.find('month-tables');
    if (!holder) return;
    holder.replaceChildren(
      ...plans.map((plan, index) => {
        const details = element('details');
        details.open = index === 0;
        details.append(
          element(
            'summary',
            fill(this.strings.tableHeading, { strategy: this.#strategyName(plan.strategy) }),
          ),
        );
        const scroll = element('div', undefined, 'table-scroll');
        // On a phone the rows stack as one card a month (see plan.astro); explicit roles keep it a table to screen readers.
        const table = element('table', undefined, 'month-table');
        table.setAttribute('role', 'table');
        const headRow = element('tr');
        const headings = [
          this.strings.month,
          ...debts.map((debt) => fill(this.strings.amountColumn, { name: debt.name })),
          this.strings.interestColumn,
          this.strings.remaining,
        ];
        headRow.setAttribute('role', 'row');
        for (const heading of headings) {
          const cell = element('th', heading);
          cell.setAttribute('scope', 'col');
          cell.setAttribute('role', 'columnheader');
          headRow.append(cell);
        }
        const head = element('thead');
        head.setAttribute('role', 'rowgroup');
        head.append(headRow);
        const body = element('tbody');
        body.setAttribute('role', 'rowgroup');
        for (const month of plan.months) {
          const row = element('tr');
          row.setAttribute('role', 'row');
          const values = [
            String(month.month),
            ...month.payments.map((amount) => formatAmount(amount)),
            formatAmount(month.interest),
            formatAmount(month.balances.reduce((a, b) => a + b, 0)),
          ];
          row.append(
            ...values.map((value, column) => {
              const cell = element('td', value, 'number');
              cell.setAttribute('role', 'cell');
              cell.dataset.label = headings[column] ?? '';
              return cell;
            }),
          );
          body.append(row);
        }
        table.append(head, body);
        scroll.append(table);
        details.append(scroll);
        return details;
      }),
    );
  }
}

customElements.define('plan-tool', PlanTool);
