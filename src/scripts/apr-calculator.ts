/**
 * The true-APR form, for three kinds of loan: equal instalments, a schedule
 * pasted from the lender's app (dated repayments), and a short loan repaid
 * once after so many days. Parses what the reader typed, reports mistakes
 * field by field (schedule lines by number), and fills in the results. All
 * arithmetic lives in src/lib/finance.
 */
import { calculateLoanCost, flatQuoteInstalment, type PeriodUnit } from '../lib/finance/loan-cost';
import { calculateDatedLoanCost, calculateShortLoanCost } from '../lib/finance/dated-rate';
import { parseDay, parseSchedule } from '../lib/finance/schedule';
import { compareWithRateLines } from '../lib/finance/rate-lines';
import { formatPercent, formatYuan } from '../lib/format';
import type { ui } from '../i18n/zh';
import { fill } from '../i18n/fill';
import { FormReader, fieldValue, showErrors, startTool } from './form-feedback';

type Strings = typeof ui.tools.apr.client;
type Kind = 'instalments' | 'schedule' | 'days';

const amountRules = { max: 100_000_000 };
const maxPeriods: Record<PeriodUnit, number> = { month: 600, week: 2_600, day: 18_250 };
/** Schedule problems listed one by one; past this many the summary says how many more. */
const listedProblems = 20;
/** Above this a compounded rate says nothing a person can use. */
const readableRate = 10_000;

interface Figures {
  /** The simple annual rate the legal lines are compared with. */
  annualRate: number;
  values: Record<string, string>;
  deducted: number;
}

class AprCalculator extends HTMLElement {
  #strings!: Strings;

  connectedCallback() {
    const tool = startTool<Strings>(this);
    if (!tool) return;
    const { form, summary } = tool;
    this.#strings = tool.strings;

    const sync = () => {
      const kind = fieldValue(form, 'kind');
      const mode = fieldValue(form, 'mode');
      this.querySelectorAll<HTMLElement>('form [data-kind]').forEach((group) => {
        group.hidden = group.dataset.kind !== kind;
      });
      this.querySelectorAll<HTMLElement>('[data-mode]').forEach((group) => {
        group.hidden = group.dataset.mode !== mode;
      });
    };
    form.addEventListener('change', sync);
    sync();

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#calculate(form, summary);
    });
  }

  #calculate(form: HTMLFormElement, summary: HTMLElement) {
    const read = new FormReader(form);
    const { errors } = read;
    const kind = fieldValue(form, 'kind') as Kind;
    const compute =
      kind === 'schedule'
        ? this.#readSchedule(read)
        : kind === 'days'
          ? this.#readShortLoan(read)
          : this.#readInstalments(read);

    const results = this.querySelector<HTMLElement>('[data-results]');
    if (!results) return;
    showErrors(form, summary, errors, fill(this.#strings.fixErrors, { count: errors.length }));
    if (errors.length > 0 || compute === undefined) {
      results.hidden = true;
      return;
    }
    const figures = compute();
    this.#show(results, kind, figures, read.value('lender'));
  }

  #readInstalments(read: FormReader): (() => Figures | undefined) | undefined {
    const unit = read.value('unit') as PeriodUnit;
    const contract = read.number('contract', amountRules);
    const received = read.number('received', amountRules);
    const periods = read.number('periods', { max: maxPeriods[unit], integer: true });
    const fee = read.number('fee', { ...amountRules, allowZero: true }, '0');
    const payment =
      read.value('mode') === 'quote'
        ? flatQuoteInstalment(contract, periods, read.percent('quote', { max: 100 }))
        : read.number('payment', amountRules);
    if (received > contract) read.fail('received', this.#strings.receivedTooHigh);
    // Paying back no more than arrived has no rate; say which number to check instead of showing −280%.
    if (read.errors.length === 0 && (payment + fee) * periods <= received) {
      read.fail(
        read.value('mode') === 'quote' ? 'quote' : 'payment',
        this.#strings.paymentsNotMore,
      );
    }
    return () => {
      const outcome = calculateLoanCost({
        contractAmount: contract,
        receivedAmount: received,
        periods,
        periodUnit: unit,
        paymentPerPeriod: payment,
        feePerPeriod: fee,
      });
      if (!outcome.ok) return undefined;
      const { cost } = outcome;
      return {
        annualRate: cost.nominalAnnualRate,
        deducted: cost.deductedUpFront,
        values: {
          nominal: this.#readablePercent(cost.nominalAnnualRate, cost.aboveRange),
          period: this.#readablePercent(cost.periodRate, cost.aboveRange, 3),
          effective: this.#readablePercent(cost.effectiveAnnualRate, cost.aboveRange),
          totalPaid: formatYuan(cost.totalPaid),
          totalCost: formatYuan(cost.totalCost),
          deducted: formatYuan(cost.deductedUpFront),
        },
      };
    };
  }

  #readSchedule(read: FormReader): (() => Figures | undefined) | undefined {
    const loanDay = parseDay(read.value('loan-date'));
    if (loanDay === undefined) read.fail('loan-date', this.#strings.loanDateInvalid);
    const received = read.number('schedule-received', amountRules);
    const schedule = parseSchedule(read.value('schedule'));
    const problems = schedule.ok
      ? schedule.lines
          .filter((line) => loanDay !== undefined && line.day < loanDay)
          .map((line) => fill(this.#strings.beforeLoan, { line: line.line }))
      : schedule.problems.map((problem) => problem.message);
    for (const message of problems.slice(0, listedProblems)) read.fail('schedule', message);
    if (problems.length > listedProblems) {
      read.fail(
        'schedule',
        fill(this.#strings.moreProblems, { count: problems.length - listedProblems }),
      );
    }
    if (!schedule.ok || loanDay === undefined) return undefined;
    const totalPaid = schedule.lines.reduce((sum, line) => sum + line.amount, 0);
    if (problems.length === 0 && totalPaid <= received) {
      read.fail('schedule', this.#strings.repaidNotMore);
    }
    return () => {
      const outcome = calculateDatedLoanCost({ loanDay, received, repayments: schedule.lines });
      if (!outcome.ok) return undefined;
      const { cost } = outcome;
      return {
        annualRate: cost.simpleAnnualRate,
        deducted: 0,
        values: {
          scheduleSimple: this.#readablePercent(cost.simpleAnnualRate, cost.aboveRange),
          scheduleDaily: this.#readablePercent(cost.dailyRate, cost.aboveRange, 4),
          scheduleTotalPaid: formatYuan(cost.totalPaid),
          scheduleTotalCost: formatYuan(cost.totalCost),
          scheduleDays: fill(this.#strings.days, { count: cost.days }),
        },
      };
    };
  }

  #readShortLoan(read: FormReader): (() => Figures | undefined) | undefined {
    const contract = read.number('days-contract', amountRules);
    const received = read.number('days-received', amountRules);
    const days = read.number('days', { max: 3_650, integer: true });
    const repaid = read.number('days-repaid', amountRules);
    if (received > contract) read.fail('days-received', this.#strings.receivedTooHigh);
    if (repaid <= received) read.fail('days-repaid', this.#strings.repaidTooLow);
    return () => {
      const outcome = calculateShortLoanCost({ contract, received, days, repaid });
      if (!outcome.ok) return undefined;
      const { cost } = outcome;
      return {
        annualRate: cost.simpleAnnualRate,
        deducted: cost.deductedUpFront,
        values: {
          shortRate: this.#readablePercent(cost.simpleAnnualRate, cost.aboveRange),
          per100: formatYuan(cost.costPer100PerDay),
          shortCost: formatYuan(cost.totalCost),
          shortDeducted: formatYuan(cost.deductedUpFront),
        },
      };
    };
  }

  /** A rate as a percentage, or “over 1,000,000%” where the digits stop meaning anything. */
  #readablePercent(rate: number, aboveRange: boolean, digits?: number): string {
    return !aboveRange && Number.isFinite(rate) && rate <= readableRate
      ? formatPercent(rate, digits)
      : this.#strings.overflow;
  }

  #show(results: HTMLElement, kind: Kind, figures: Figures | undefined, lender: string) {
    const unsolvable = results.querySelector<HTMLElement>('[data-unsolvable]');
    const comparison = results.querySelector<HTMLElement>('[data-comparison]');
    if (!unsolvable || !comparison) return;
    results.hidden = false;
    unsolvable.hidden = figures !== undefined;
    comparison.hidden = figures === undefined;
    results.querySelectorAll<HTMLElement>('[data-figures]').forEach((element) => {
      element.hidden = figures === undefined || element.dataset.figures !== kind;
    });
    if (figures) {
      for (const [name, value] of Object.entries(figures.values)) {
        const slot = results.querySelector(`[data-out="${name}"]`);
        if (slot) slot.textContent = value;
      }
      results.querySelectorAll<HTMLElement>('[data-deducted]').forEach((element) => {
        element.hidden = figures.deducted <= 0;
      });
      for (const { line, above } of compareWithRateLines(figures.annualRate)) {
        const item = comparison.querySelector<HTMLElement>(`[data-line="${line.annualRate}"]`);
        if (!item) continue;
        const verdict = item.querySelector('[data-verdict]');
        if (verdict)
          verdict.textContent = `${above ? this.#strings.above : this.#strings.notAbove} `;
        const applies = item.querySelector<HTMLElement>('[data-applies]');
        if (applies) applies.hidden = line.lender !== lender;
      }
    }
    results.querySelector<HTMLElement>('h2')?.focus();
  }
}

customElements.define('apr-calculator', AprCalculator);
