/**
 * The negotiation letter's behaviour: builds the letter text in the page,
 * warns when the months offered cannot cover the debt, and sends nothing
 * anywhere. Ids come from contract.ts; copy and print from ToolElement.
 */
import {
  checkProposal,
  renderNegotiationLetter,
  type Request,
} from '../../../lib/negotiation-letter';
import { formatYuan } from '../../../lib/format';
import { fill } from '../../../i18n/fill';
import type { FormReader } from '../../../scripts/form-feedback';
import { ToolElement } from '../../../scripts/tool-element';
import { negotiationFields as fields, type LetterHook } from './contract';

const amountRules = { max: 100_000_000 };

class NegotiationTool extends ToolElement<'negotiate', unknown, LetterHook> {
  protected override copySource() {
    const letter = this.find('letter');
    return letter ? { element: letter } : undefined;
  }

  protected override submit(read: FormReader) {
    const lender = read.value(fields.lender).trim();
    if (!lender) read.fail(fields.lender, this.strings.lenderRequired);
    const owed = read.number(fields.owed, amountRules);
    const monthly = read.number(fields.monthly, amountRules);
    const months = read.number(fields.months, { max: 120, integer: true });
    const reason = read.value(fields.reason).trim();
    if (!reason) read.fail(fields.reason, this.strings.reasonRequired);

    const results = this.find('results');
    const output = this.find('letter');
    const warning = this.find('warning');
    if (!results || !output || !warning) return;
    if (!this.reportErrors(read)) {
      results.hidden = true;
      return;
    }

    const requests = [
      ...this.form.querySelectorAll<HTMLInputElement>(`input[name="${fields.requests}"]:checked`),
    ].map((box) => box.value as Request);
    output.textContent = renderNegotiationLetter({
      lender,
      borrowerName: read.value(fields.borrower),
      loanReference: read.value(fields.reference),
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
      ? fill(this.strings.tooShort, {
          monthly: formatYuan(monthly),
          owed: formatYuan(owed),
          months: check.monthsNeeded,
        })
      : '';
    this.reveal(results);
  }
}

customElements.define('negotiation-tool', NegotiationTool);
