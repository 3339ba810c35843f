/**
 * The true-APR form: parses what the reader typed, reports mistakes field by
 * field, and fills in the results. All arithmetic lives in src/lib/finance.
 */
import { calculateLoanCost, flatQuoteInstalment, type PeriodUnit } from '../lib/finance/loan-cost';
import { parseNumber, parsePercent, type Parsed } from '../lib/finance/parse-input';
import { compareWithRateLines } from '../lib/finance/rate-lines';
import { formatPercent, formatYuan } from '../lib/format';
import { fill } from '../i18n/fill';
import { markEnhanced } from './enhance';
import { fieldLabel, fieldValue, showErrors, type FieldError } from './form-feedback';

const amountRules = { max: 100_000_000 };
const maxPeriods: Record<PeriodUnit, number> = { month: 600, week: 2_600, day: 18_250 };

class AprCalculator extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form');
    const summary = this.querySelector<HTMLElement>('[data-error-summary]');
    if (!form || !summary) return;
    markEnhanced(document);

    const syncMode = () => {
      const mode = fieldValue(form, 'mode');
      this.querySelectorAll<HTMLElement>('[data-mode]').forEach((group) => {
        group.hidden = group.dataset.mode !== mode;
      });
    };
    form.addEventListener('change', syncMode);
    syncMode();

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#calculate(form, summary);
    });
  }

  #calculate(form: HTMLFormElement, summary: HTMLElement) {
    const errors: FieldError[] = [];
    const take = (field: string, parsed: Parsed<number>): number => {
      if (parsed.ok) return parsed.value;
      errors.push({ field, message: parsed.message });
      return Number.NaN;
    };
    // Labels come from the page, so the script carries no copy of the interface text.
    const number = (field: string, rules: Parameters<typeof parseNumber>[2], fallback = '') =>
      take(field, parseNumber(fieldValue(form, field) || fallback, fieldLabel(form, field), rules));
    const unit = fieldValue(form, 'unit') as PeriodUnit;
    const contract = number('contract', amountRules);
    const received = number('received', amountRules);
    const periods = number('periods', { max: maxPeriods[unit], integer: true });
    const fee = number('fee', { ...amountRules, allowZero: true }, '0');
    let payment: number;
    if (fieldValue(form, 'mode') === 'quote') {
      const quote = take(
        'quote',
        parsePercent(fieldValue(form, 'quote'), fieldLabel(form, 'quote'), { max: 100 }),
      );
      payment = flatQuoteInstalment(contract, periods, quote);
    } else {
      payment = number('payment', amountRules);
    }
    if (received > contract) {
      errors.push({ field: 'received', message: this.dataset.receivedTooHigh ?? '' });
    }

    const results = this.querySelector<HTMLElement>('[data-results]');
    if (!results) return;
    showErrors(form, summary, errors, fill(this.dataset.fixErrors ?? '', { count: errors.length }));
    if (errors.length > 0) {
      results.hidden = true;
      return;
    }

    const outcome = calculateLoanCost({
      contractAmount: contract,
      receivedAmount: received,
      periods,
      periodUnit: unit,
      paymentPerPeriod: payment,
      feePerPeriod: fee,
    });
    const figures = results.querySelector<HTMLElement>('[data-figures]');
    const unsolvable = results.querySelector<HTMLElement>('[data-unsolvable]');
    const comparison = results.querySelector<HTMLElement>('[data-comparison]');
    if (!figures || !unsolvable || !comparison) return;
    results.hidden = false;
    figures.hidden = !outcome.ok;
    comparison.hidden = !outcome.ok;
    unsolvable.hidden = outcome.ok;
    if (outcome.ok) {
      const { cost } = outcome;
      const out = (name: string, value: string) => {
        const slot = results.querySelector(`[data-out="${name}"]`);
        if (slot) slot.textContent = value;
      };
      out('nominal', formatPercent(cost.nominalAnnualRate));
      out('period', formatPercent(cost.periodRate, 3));
      out('effective', formatPercent(cost.effectiveAnnualRate));
      out('totalPaid', formatYuan(cost.totalPaid));
      out('totalCost', formatYuan(cost.totalCost));
      out('deducted', formatYuan(cost.deductedUpFront));
      results.querySelectorAll<HTMLElement>('[data-deducted]').forEach((element) => {
        element.hidden = cost.deductedUpFront <= 0;
      });
      for (const { line, above } of compareWithRateLines(cost.nominalAnnualRate)) {
        const verdict = comparison.querySelector(`[data-line="${line.annualRate}"] [data-verdict]`);
        if (verdict)
          verdict.textContent = `${(above ? this.dataset.above : this.dataset.notAbove) ?? ''} `;
      }
    }
    results.querySelector<HTMLElement>('h2')?.focus();
  }
}

customElements.define('apr-calculator', AprCalculator);
