/**
 * The true-APR form's behaviour: shows the fields of the kind of loan chosen,
 * reads what the reader typed (schedule lines by number), reports mistakes
 * field by field and fills in the result slots. Ids and slots come from
 * contract.ts; all arithmetic lives in src/lib/finance.
 */
import {
  calculateLoanCost,
  flatQuoteInstalment,
  type PeriodUnit,
} from '../../../lib/finance/loan-cost';
import { calculateDatedLoanCost, calculateShortLoanCost } from '../../../lib/finance/dated-rate';
import { parseDay, parseSchedule } from '../../../lib/finance/schedule';
import { compareWithRateLines } from '../../../lib/finance/rate-lines';
import { formatPercent, formatYuan } from '../../../lib/format';
import { fill } from '../../../i18n/fill';
import { fieldValue, type FormReader } from '../../../scripts/form-feedback';
import { ToolElement } from '../../../scripts/tool-element';
import { fields, type AprHook, type LenderChoice, type LoanKind, type Output } from './contract';

const amountRules = { max: 100_000_000 };
const maxPeriods: Record<PeriodUnit, number> = { month: 600, week: 2_600, day: 18_250 };
/** Schedule problems listed one by one; past this many the summary says how many more. */
const listedProblems = 20;
/** Above this (1,000,000%) a rate says nothing a person can use. */
const readableRate = 10_000;

interface Figures {
  /** The simple annual rate the legal lines are compared with. */
  annualRate: number;
  /** Each kind fills all of its own slots (checked where they are written). */
  values: Partial<Record<Output, string>>;
  deducted: number;
}

/** The figures, once the form reads cleanly; undefined when there is no rate to give. */
type Compute = () => Figures | undefined;

class AprTool extends ToolElement<'apr', unknown, AprHook> {
  protected override start() {
    const sync = () => {
      const kind = fieldValue(this.form, fields.kind);
      const mode = fieldValue(this.form, fields.mode);
      for (const group of this.findAll('kind', this.form))
        group.hidden = this.hookValue(group, 'kind') !== kind;
      for (const group of this.findAll('mode', this.form))
        group.hidden = this.hookValue(group, 'mode') !== mode;
    };
    this.form.addEventListener('change', sync);
    sync();
  }

  protected override submit(read: FormReader) {
    const kind = read.value(fields.kind) as LoanKind;
    const compute =
      kind === 'schedule'
        ? this.#readSchedule(read)
        : kind === 'days'
          ? this.#readShortLoan(read)
          : this.#readInstalments(read);
    const results = this.find('results');
    if (!results) return;
    if (!this.reportErrors(read) || compute === undefined) {
      results.hidden = true;
      return;
    }
    this.#show(results, kind, compute(), read.value(fields.lender) as LenderChoice);
  }

  #readInstalments(read: FormReader): Compute {
    const unit = read.value(fields.unit) as PeriodUnit;
    const contract = read.number(fields.contract, amountRules);
    const received = read.number(fields.received, amountRules);
    const periods = read.number(fields.periods, { max: maxPeriods[unit], integer: true });
    const fee = read.number(fields.fee, { ...amountRules, allowZero: true }, '0');
    const quoted = read.value(fields.mode) === 'quote';
    const payment = quoted
      ? flatQuoteInstalment(contract, periods, read.percent(fields.quote, { max: 100 }))
      : read.number(fields.payment, amountRules);
    if (received > contract) read.fail(fields.received, this.strings.receivedTooHigh);
    // Paying back no more than arrived has no rate: say which number to check instead of showing −280%.
    if (read.errors.length === 0 && (payment + fee) * periods <= received) {
      read.fail(quoted ? fields.quote : fields.payment, this.strings.paymentsNotMore);
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
      const rate = (value: number, digits?: number) =>
        this.#readablePercent(value, cost.aboveRange, digits);
      return {
        annualRate: cost.nominalAnnualRate,
        deducted: cost.deductedUpFront,
        values: {
          nominal: rate(cost.nominalAnnualRate),
          period: rate(cost.periodRate, 3),
          effective: rate(cost.effectiveAnnualRate),
          totalPaid: formatYuan(cost.totalPaid),
          totalCost: formatYuan(cost.totalCost),
          deducted: formatYuan(cost.deductedUpFront),
        } satisfies Record<Output<'instalments'>, string>,
      };
    };
  }

  #readSchedule(read: FormReader): Compute | undefined {
    const loanDay = parseDay(read.value(fields.loanDate));
    if (loanDay === undefined) read.fail(fields.loanDate, this.strings.loanDateInvalid);
    const received = read.number(fields.scheduleReceived, amountRules);
    const schedule = parseSchedule(read.value(fields.schedule));
    const problems = schedule.ok
      ? schedule.lines
          .filter((line) => loanDay !== undefined && line.day < loanDay)
          .map((line) => fill(this.strings.beforeLoan, { line: line.line }))
      : schedule.problems.map((problem) => problem.message);
    for (const message of problems.slice(0, listedProblems)) read.fail(fields.schedule, message);
    if (problems.length > listedProblems) {
      read.fail(
        fields.schedule,
        fill(this.strings.moreProblems, { count: problems.length - listedProblems }),
      );
    }
    if (!schedule.ok || loanDay === undefined) return undefined;
    const totalPaid = schedule.lines.reduce((sum, line) => sum + line.amount, 0);
    if (problems.length === 0 && totalPaid <= received) {
      read.fail(fields.schedule, this.strings.repaidNotMore);
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
          scheduleDays: fill(this.strings.days, { count: cost.days }),
        } satisfies Record<Output<'schedule'>, string>,
      };
    };
  }

  #readShortLoan(read: FormReader): Compute {
    const contract = read.number(fields.daysContract, amountRules);
    const received = read.number(fields.daysReceived, amountRules);
    const days = read.number(fields.days, { max: 3_650, integer: true });
    const repaid = read.number(fields.daysRepaid, amountRules);
    if (received > contract) read.fail(fields.daysReceived, this.strings.receivedTooHigh);
    if (repaid <= received) read.fail(fields.daysRepaid, this.strings.repaidTooLow);
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
        } satisfies Record<Output<'days'>, string>,
      };
    };
  }

  /** A rate as a percentage, or “over 1,000,000%” where the digits stop meaning anything. */
  #readablePercent(rate: number, aboveRange: boolean, digits?: number): string {
    return !aboveRange && Number.isFinite(rate) && rate <= readableRate
      ? formatPercent(rate, digits)
      : this.strings.overflow;
  }

  #show(results: HTMLElement, kind: LoanKind, figures: Figures | undefined, lender: LenderChoice) {
    const unsolvable = this.find('unsolvable');
    const comparison = this.find('comparison');
    if (!unsolvable || !comparison) return;
    unsolvable.hidden = figures !== undefined;
    comparison.hidden = figures === undefined;
    for (const element of this.findAll('figures'))
      element.hidden = figures === undefined || this.hookValue(element, 'figures') !== kind;
    if (figures) {
      for (const [name, value] of Object.entries(figures.values)) {
        const slot = this.find('out', name);
        if (slot) slot.textContent = value;
      }
      for (const element of this.findAll('deducted')) element.hidden = figures.deducted <= 0;
      for (const { line, above } of compareWithRateLines(figures.annualRate)) {
        const item = this.find('line', line.annualRate, comparison);
        if (!item) continue;
        const verdict = this.find('verdict', undefined, item);
        if (verdict) verdict.textContent = `${above ? this.strings.above : this.strings.notAbove} `;
        const applies = this.find('applies', undefined, item);
        if (applies) applies.hidden = line.lender !== lender;
      }
    }
    this.reveal(results);
  }
}

customElements.define('apr-tool', AprTool);
