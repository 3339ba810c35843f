/**
 * One form for every letter template (src/lib/letters.ts): checks the required
 * fields, writes the letter in the page, offers to copy or print it, and sends
 * nothing anywhere.
 */
import { letterTemplate, missingFields, type LetterValues } from '../lib/letters';
import type { ui } from '../i18n/zh';
import { fill } from '../i18n/fill';
import { fieldValue, showErrors, startTool } from './form-feedback';
import { copyOutput } from './clipboard';

type Strings = typeof ui.tools.letters.client & { deadlines: Record<string, string> };

class LetterWriter extends HTMLElement {
  #strings!: Strings;

  connectedCallback() {
    const template = letterTemplate(this.dataset.template ?? '');
    const tool = template && startTool<Strings>(this);
    if (!template || !tool) return;
    const { form, summary } = tool;
    this.#strings = tool.strings;
    const values = (): LetterValues =>
      Object.fromEntries(template.fields.map((field) => [field.id, fieldValue(form, field.id)]));
    const write = (output: HTMLElement) => {
      output.textContent = template.render(values(), {
        date: new Date().toLocaleDateString('sv-SE'),
        deadlines: this.#strings.deadlines,
      });
    };
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const errors = missingFields(template, values()).map((field) => ({
        field: field.id,
        message: fill(this.#strings.required, { label: field.label }),
      }));
      const results = this.querySelector<HTMLElement>('[data-results]');
      const output = this.querySelector<HTMLElement>('[data-letter]');
      if (!results || !output) return;
      showErrors(form, summary, errors, fill(this.#strings.fixErrors, { count: errors.length }));
      if (errors.length > 0) {
        results.hidden = true;
        return;
      }
      write(output);
      results.hidden = false;
      results.querySelector<HTMLElement>('h2')?.focus();
    });
    // Once the letter is shown it follows every edit, as long as nothing required is blank.
    form.addEventListener('input', () => {
      const results = this.querySelector<HTMLElement>('[data-results]');
      const output = this.querySelector<HTMLElement>('[data-letter]');
      if (!results || !output || results.hidden) return;
      if (missingFields(template, values()).length === 0) write(output);
    });
    this.querySelector('[data-copy]')?.addEventListener('click', () => {
      const letter = this.querySelector<HTMLElement>('[data-letter]');
      const status = this.querySelector<HTMLElement>('[data-copy-status]');
      if (letter) void copyOutput(letter, status, this.#strings);
    });
    this.querySelector('[data-print]')?.addEventListener('click', () => window.print());
  }
}

customElements.define('letter-writer', LetterWriter);
