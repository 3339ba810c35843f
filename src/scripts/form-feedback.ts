/**
 * Error reporting shared by the calculators: each message sits under its
 * field (linked by aria-describedby), and a summary at the top lists them all
 * as links and takes focus, so keyboard and screen-reader users hear at once
 * what to fix.
 */

export interface FieldError {
  field: string;
  message: string;
}

export function fieldValue(form: HTMLFormElement, name: string): string {
  const element = form.elements.namedItem(name);
  if (element instanceof RadioNodeList) return element.value;
  return element instanceof HTMLInputElement ||
    element instanceof HTMLSelectElement ||
    element instanceof HTMLTextAreaElement
    ? element.value
    : '';
}

/** The visible label of a field, used inside its error messages. */
export function fieldLabel(form: HTMLFormElement, name: string): string {
  return form.querySelector(`label[for="${CSS.escape(name)}"]`)?.textContent?.trim() ?? name;
}

function clearErrors(form: HTMLFormElement, summary: HTMLElement): void {
  form.querySelectorAll<HTMLElement>('[data-error-for]').forEach((slot) => (slot.textContent = ''));
  form.querySelectorAll('[aria-invalid]').forEach((field) => field.removeAttribute('aria-invalid'));
  summary.hidden = true;
  summary.replaceChildren();
}

/** Shows these errors, or with none clears what an earlier attempt showed. */
export function showErrors(
  form: HTMLFormElement,
  summary: HTMLElement,
  errors: readonly FieldError[],
  heading: string,
): void {
  clearErrors(form, summary);
  if (errors.length === 0) return;
  const title = document.createElement('p');
  title.textContent = heading;
  const list = document.createElement('ul');
  for (const { field, message } of errors) {
    // A field can have several problems (a schedule, line by line): show them all under it.
    const slot = form.querySelector<HTMLElement>(`[data-error-for="${field}"]`);
    if (slot) slot.textContent = slot.textContent ? `${slot.textContent}；${message}` : message;
    form.querySelector(`#${CSS.escape(field)}`)?.setAttribute('aria-invalid', 'true');
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = `#${field}`;
    link.textContent = message;
    item.append(link);
    list.append(item);
  }
  summary.append(title, list);
  summary.hidden = false;
  summary.focus();
}
