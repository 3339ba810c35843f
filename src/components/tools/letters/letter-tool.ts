/**
 * One form for every letter (content/letters/): checks the required fields,
 * writes the letter in the page from the text the page hands over, follows
 * later edits, and sends nothing anywhere. Copy and print come from ToolElement.
 */
import { missingFields, renderLetter, type LetterValues } from '../../../lib/letters';
import { fill } from '../../../i18n/fill';
import { fieldValue, type FormReader } from '../../../scripts/form-feedback';
import { ToolElement } from '../../../scripts/tool-element';
import type { LetterExtra, LetterHook } from './contract';

class LetterTool extends ToolElement<'letters', LetterExtra, LetterHook> {
  protected override start() {
    // Once the letter is shown it follows every edit, as long as nothing required is blank.
    this.form.addEventListener('input', () => {
      const results = this.find('results');
      if (!results || results.hidden) return;
      if (missingFields(this.strings.letter, this.#values()).length === 0) this.#write();
    });
  }

  protected override copySource() {
    const letter = this.find('letter');
    return letter ? { element: letter } : undefined;
  }

  protected override submit(read: FormReader) {
    const results = this.find('results');
    if (!results) return;
    for (const field of missingFields(this.strings.letter, this.#values()))
      read.fail(field.id, fill(this.strings.required, { label: field.label }));
    if (!this.reportErrors(read)) {
      results.hidden = true;
      return;
    }
    this.#write();
    this.reveal(results);
  }

  #values(): LetterValues {
    return Object.fromEntries(
      this.strings.letter.fields.map((field) => [field.id, fieldValue(this.form, field.id)]),
    );
  }

  #write() {
    const output = this.find('letter');
    if (!output) return;
    output.textContent = renderLetter(this.strings.letter, this.#values(), {
      date: new Date().toLocaleDateString('sv-SE'),
      deadlines: this.strings.deadlines,
    });
  }
}

customElements.define('letter-tool', LetterTool);
