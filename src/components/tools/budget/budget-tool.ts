/**
 * The 收支说明 tool's behaviour: reads income, essential spending and debts,
 * shares what is left among the lenders (src/lib/budget.ts) and fills in a
 * statement to copy or print. Ids and slots come from contract.ts. Nothing is
 * stored or sent.
 */
import {
  buildBudgetStatement,
  type BudgetDebt,
  type BudgetLine,
  type Offer,
} from '../../../lib/budget';
import { formatYuan } from '../../../lib/format';
import { checkProposal, renderNegotiationLetter } from '../../../lib/negotiation-letter';
import { fill } from '../../../i18n/fill';
import type { FormReader } from '../../../scripts/form-feedback';
import { ToolElement } from '../../../scripts/tool-element';
import {
  essentialPrefix,
  floorField,
  incomeField,
  incomePrefix,
  lenderField,
  owedField,
  reasonField,
  type BudgetHook,
  type Output,
} from './contract';

const amountRules = { max: 100_000_000, allowZero: true };

class BudgetTool extends ToolElement<'budget', unknown, BudgetHook> {
  protected override copySource() {
    const statement = this.find('results');
    return statement ? { element: statement, text: this.#asText() } : undefined;
  }

  protected override submit(read: FormReader) {
    const { form } = this;
    const { errors } = read;
    // A blank amount is 0: the form lists more lines than most households need.
    const lines = (prefix: string): BudgetLine[] =>
      [...form.querySelectorAll<HTMLInputElement>(`input[id^="${prefix}"]`)].map((input) => ({
        label: read.label(input.id),
        amount: read.number(input.id, amountRules, '0'),
      }));

    const income = lines(incomePrefix);
    const essentials = lines(essentialPrefix);
    if (errors.length === 0 && income.every((line) => line.amount === 0)) {
      read.fail(incomeField('salary'), this.strings.incomeRequired);
    }
    const debts: BudgetDebt[] = [];
    this.findAll('debt-row', form).forEach((_, index) => {
      const lender = read.value(lenderField(index)).trim();
      const owedText = read.value(owedField(index)).trim();
      if (!lender && !owedText) return;
      if (!lender)
        read.fail(lenderField(index), fill(this.strings.lenderRequired, { n: index + 1 }));
      if (!owedText) {
        read.fail(owedField(index), fill(this.strings.owedRequired, { n: index + 1 }));
        return;
      }
      const owed = read.number(owedField(index), { max: 100_000_000 });
      if (lender) debts.push({ lender, owed });
    });
    if (debts.length === 0 && errors.length === 0) {
      read.fail(lenderField(0), this.strings.debtRequired);
    }
    const floor = read.number(floorField, amountRules, '0');

    const results = this.find('results');
    if (!results) return;
    if (!this.reportErrors(read)) {
      results.hidden = true;
      return;
    }
    const statement = buildBudgetStatement({ income, essentials, debts, floor });
    const out = (name: Output, value: string) => {
      const slot = this.find('out', name, results);
      if (slot) slot.textContent = value;
    };
    out('dated', fill(this.strings.dated, { date: new Date().toLocaleDateString('zh-CN') }));
    // Each line the reader filled in, income first, so the totals can be checked by eye.
    const detail = [...income, ...essentials]
      .filter((line) => line.amount > 0)
      .map((line) => {
        const row = document.createElement('div');
        const term = document.createElement('dt');
        const value = document.createElement('dd');
        term.textContent = line.label;
        value.textContent = formatYuan(line.amount);
        row.append(term, value);
        return row;
      });
    this.find('lines', undefined, results)?.replaceChildren(...detail);
    out('income', formatYuan(statement.incomeTotal));
    out('essentials', formatYuan(statement.essentialsTotal));
    out('leftOver', formatYuan(Math.max(statement.leftOver, 0)));
    const rows = statement.offers.map((offer) => {
      const row = document.createElement('tr');
      for (const value of [offer.lender, formatYuan(offer.owed), formatYuan(offer.monthly)]) {
        const cell = document.createElement('td');
        cell.textContent = value;
        row.append(cell);
      }
      return row;
    });
    this.find('offers', undefined, results)?.replaceChildren(...rows);
    const floorText = formatYuan(floor);
    out(
      'standing',
      statement.standing === 'nothing-left'
        ? this.strings.nothingLeft
        : statement.standing === 'below-floor'
          ? fill(this.strings.belowFloor, { floor: floorText })
          : floor > 0
            ? fill(this.strings.fair, { floor: floorText })
            : this.strings.fairNoFloor,
    );
    this.#writeLetters(results, statement.offers, read.value(reasonField).trim());
    this.reveal(results);
  }

  /**
   * One negotiation letter per lender, offering that lender's share, so the
   * statement and the letters say the same numbers. Built in the page from the
   * same code as the letter tool; nothing leaves the page.
   */
  #writeLetters(results: HTMLElement, offers: readonly Offer[], reason: string) {
    const slot = this.find('letters', undefined, results);
    if (!slot) return;
    const payable = offers.filter((offer) => offer.monthly > 0);
    if (payable.length === 0) {
      const note = document.createElement('p');
      note.textContent = this.strings.noLetters;
      slot.replaceChildren(note);
      return;
    }
    const date = new Date().toLocaleDateString('sv-SE');
    slot.replaceChildren(
      ...payable.map((offer) => {
        const details = document.createElement('details');
        const summary = document.createElement('summary');
        summary.textContent = `${offer.lender}：每月 ${formatYuan(offer.monthly)}`;
        const letter = document.createElement('pre');
        letter.textContent = renderNegotiationLetter({
          lender: offer.lender,
          borrowerName: '',
          loanReference: '',
          amountOwed: offer.owed,
          reason: reason || this.strings.defaultReason,
          monthlyAffordable: offer.monthly,
          proposedMonths: checkProposal(offer.owed, offer.monthly, 0).monthsNeeded,
          requests: ['instalments'],
          date,
        });
        details.append(summary, letter);
        return details;
      }),
    );
  }

  /** The statement as plain text, in the order it reads on the page. */
  #asText(): string {
    const statement = this.find('results');
    if (!statement) return '';
    const lines: string[] = [];
    statement
      .querySelectorAll(':scope > h2, .dated, .totals div, :scope > h3, tr, [data-out="standing"]')
      .forEach((element) => {
        const cells = [...element.children].map((child) => child.textContent?.trim() ?? '');
        lines.push(
          element.matches('.totals div')
            ? `${cells[0]}：${cells[1]}`
            : element.matches('tr')
              ? cells.join('　')
              : (element.textContent?.trim() ?? ''),
        );
      });
    return lines.join('\n');
  }
}

customElements.define('budget-tool', BudgetTool);
