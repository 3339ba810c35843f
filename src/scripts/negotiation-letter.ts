/**
 * The negotiation-letter form: builds the letter text in the page, offers to
 * copy or print it, and sends nothing anywhere.
 */
import { checkProposal, renderNegotiationLetter, type Request } from '../lib/negotiation-letter';
import { parseNumber, type Parsed } from '../lib/finance/parse-input';
import { formatYuan } from '../lib/format';
import type { ui } from '../i18n/zh';
import { fill } from '../i18n/fill';
import { readToolStrings } from './tool-strings';
import { markEnhanced } from './enhance';
import { fieldLabel, fieldValue, showErrors, type FieldError } from './form-feedback';

const amountRules = { max: 100_000_000 };

/** What src/pages/tools/letter/negotiate.astro hands the script. */
type Strings = Pick<
  typeof ui.tools.letter,
  'tooShort' | 'reasonRequired' | 'lenderRequired' | 'copied' | 'copyFailed'
> & { fixErrors: string };

class NegotiationLetter extends HTMLElement {
  #strings!: Strings;

  connectedCallback() {
    const form = this.querySelector('form');
    const summary = this.querySelector<HTMLElement>('[data-error-summary]');
    if (!form || !summary) return;
    this.#strings = readToolStrings<Strings>(this);
    markEnhanced(document);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#write(form, summary);
    });
    this.querySelector('[data-copy]')?.addEventListener('click', () => void this.#copy());
    this.querySelector('[data-print]')?.addEventListener('click', () => window.print());
  }

  #write(form: HTMLFormElement, summary: HTMLElement) {
    const errors: FieldError[] = [];
    const take = (field: string, parsed: Parsed<number>): number => {
      if (parsed.ok) return parsed.value;
      errors.push({ field, message: parsed.message });
      return Number.NaN;
    };
    const number = (field: string, rules: Parameters<typeof parseNumber>[2]) =>
      take(field, parseNumber(fieldValue(form, field), fieldLabel(form, field), rules));

    const lender = fieldValue(form, 'lender').trim();
    if (!lender) errors.push({ field: 'lender', message: this.#strings.lenderRequired });
    const owed = number('owed', amountRules);
    const monthly = number('monthly', amountRules);
    const months = number('months', { max: 120, integer: true });
    const reason = fieldValue(form, 'reason').trim();
    if (!reason) errors.push({ field: 'reason', message: this.#strings.reasonRequired });

    const results = this.querySelector<HTMLElement>('[data-results]');
    const output = this.querySelector<HTMLElement>('[data-letter]');
    const warning = this.querySelector<HTMLElement>('[data-warning]');
    if (!results || !output || !warning) return;
    showErrors(form, summary, errors, fill(this.#strings.fixErrors, { count: errors.length }));
    if (errors.length > 0) {
      results.hidden = true;
      return;
    }

    const requests = [
      ...form.querySelectorAll<HTMLInputElement>('input[name="requests"]:checked'),
    ].map((box) => box.value as Request);
    output.textContent = renderNegotiationLetter({
      lender,
      borrowerName: fieldValue(form, 'borrower'),
      loanReference: fieldValue(form, 'reference'),
      amountOwed: owed,
      reason,
      monthlyAffordable: monthly,
      proposedMonths: months,
      requests,
      date: new Date().toLocaleDateString('sv-SE'),
    });
    const check = checkProposal(owed, monthly, months);
    warning.hidden = !check.tooShort;
    warning.textContent = check.tooShort
      ? fill(this.#strings.tooShort, {
          monthly: formatYuan(monthly),
          owed: formatYuan(owed),
          months: check.monthsNeeded,
        })
      : '';
    results.hidden = false;
    results.querySelector<HTMLElement>('h2')?.focus();
  }

  async #copy() {
    const status = this.querySelector<HTMLElement>('[data-copy-status]');
    const letter = this.querySelector<HTMLElement>('[data-letter]')?.textContent ?? '';
    try {
      await navigator.clipboard.writeText(letter);
      if (status) status.textContent = this.#strings.copied;
    } catch {
      // Clipboard access can be refused (insecure origin, permissions); selecting the text still helps.
      const target = this.querySelector('[data-letter]');
      if (target) window.getSelection()?.selectAllChildren(target);
      if (status) status.textContent = this.#strings.copyFailed;
    }
  }
}

customElements.define('negotiation-letter', NegotiationLetter);
