/**
 * One form for every letter template (src/lib/letters.ts): checks the required
 * fields, writes the letter in the page, follows later edits, and sends
 * nothing anywhere. Copy and print come from ToolElement.
 */
import {
  letterTemplate,
  missingFields,
  type LetterTemplate,
  type LetterValues,
} from '../../../lib/letters';
import { fill } from '../../../i18n/fill';
import { fieldValue, type FormReader } from '../../../scripts/form-feedback';
import { ToolElement } from '../../../scripts/tool-element';
import type { LetterExtra, LetterHook } from './contract';

class LetterTool extends ToolElement<'letters', LetterExtra, LetterHook> {
  #template: LetterTemplate | undefined;

  protected override start() {
    this.#template = letterTemplate(this.hookValue(this, 'template') ?? '');
    // Once the letter is shown it follows every edit, as long as nothing required is blank.
    this.form.addEventListener('input', () => {
      const template = this.#template;
      const results = this.find('results');
      if (!template || !results || results.hidden) return;
      if (missingFields(template, this.#values(template)).length === 0) this.#write(template);
    });
  }

  protected override copySource() {
    const letter = this.find('letter');
    return letter ? { element: letter } : undefined;
  }

  protected override submit(read: FormReader) {
    const template = this.#template;
    const results = this.find('results');
    if (!template || !results) return;
    for (const field of missingFields(template, this.#values(template)))
      read.fail(field.id, fill(this.strings.required, { label: field.label }));
    if (!this.reportErrors(read)) {
      results.hidden = true;
      return;
    }
    this.#write(template);
    this.reveal(results);
  }

  #values(template: LetterTemplate): LetterValues {
    return Object.fromEntries(
      template.fields.map((field) => [field.id, fieldValue(this.form, field.id)]),
    );
  }

  #write(template: LetterTemplate) {
    const output = this.find('letter');
    if (!output) return;
    output.textContent = template.render(this.#values(template), {
      date: new Date().toLocaleDateString('sv-SE'),
      deadlines: this.strings.deadlines,
    });
  }
}

customElements.define('letter-tool', LetterTool);
