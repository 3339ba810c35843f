/**
 * The negotiation-letter form: builds the letter text in the page, offers to
 * copy or print it, and sends nothing anywhere.
 */
import { checkProposal, renderNegotiationLetter, type Request } from '../lib/negotiation-letter';
import { formatYuan } from '../lib/format';
import type { ui } from '../i18n/zh';
import { fill } from '../i18n/fill';
import { copyOutput } from './clipboard';
import { FormReader, showErrors, startTool } from './form-feedback';

const amountRules = { max: 100_000_000 };

/** What src/pages/tools/letter/negotiate.astro hands the script. */
type Strings = Pick<
  typeof ui.tools.letter,
  'tooShort' | 'reasonRequired' | 'lenderRequired' | 'copied' | 'copyFailed'
> & { fixErrors: string };

class NegotiationLetter extends HTMLElement {
  #strings!: Strings;

  connectedCallback() {
    const tool = startTool<Strings>(this);
    if (!tool) return;
    const { form, summary } = tool;
    this.#strings = tool.strings;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#write(form, summary);
    });
    this.querySelector('[data-copy]')?.addEventListener('click', () => {
      const letter = this.querySelector<HTMLElement>('[data-letter]');
      const status = this.querySelector<HTMLElement>('[data-copy-status]');
      if (letter) void copyOutput(letter, status, this.#strings);
    });
    this.querySelector('[data-print]')?.addEventListener('click', () => window.print());
  }

  #write(form: HTMLFormElement, summary: HTMLElement) {
    const read = new FormReader(form);
    const lender = read.value('lender').trim();
    if (!lender) read.fail('lender', this.#strings.lenderRequired);
    const owed = read.number('owed', amountRules);
    const monthly = read.number('monthly', amountRules);
    const months = read.number('months', { max: 120, integer: true });
    const reason = read.value('reason').trim();
    if (!reason) read.fail('reason', this.#strings.reasonRequired);
    const { errors } = read;

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
      borrowerName: read.value('borrower'),
      loanReference: read.value('reference'),
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
}

customElements.define('negotiation-letter', NegotiationLetter);
