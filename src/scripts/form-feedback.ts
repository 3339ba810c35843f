/**
 * Error reporting shared by the calculators: each message sits under its
 * field (linked by aria-describedby), and a summary at the top lists them all
 * as links and takes focus, so keyboard and screen-reader users hear at once
 * what to fix.
 */
import {
  parseNumber,
  parsePercent,
  type NumberRules,
  type Parsed,
} from '../lib/finance/parse-input';
import { markEnhanced } from './enhance';

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

/**
 * Reads a tool's form and collects what is wrong, field by field: the one way
 * every tool parses its numbers and records its errors.
 */
export class FormReader {
  readonly errors: FieldError[] = [];

  constructor(readonly form: HTMLFormElement) {}

  value(field: string): string {
    return fieldValue(this.form, field);
  }

  label(field: string): string {
    return fieldLabel(this.form, field);
  }

  fail(field: string, message: string): void {
    this.errors.push({ field, message });
  }

  /** The parsed value, or NaN with the message recorded against the field. */
  take(field: string, parsed: Parsed<number>): number {
    if (parsed.ok) return parsed.value;
    this.fail(field, parsed.message);
    return Number.NaN;
  }

  /** A number typed in `field`; `fallback` stands in for a blank (e.g. '0' for an optional fee). */
  number(field: string, rules: NumberRules, fallback = '', label = this.label(field)): number {
    return this.take(field, parseNumber(this.value(field) || fallback, label, rules));
  }

  /** A percentage typed in `field`, as a fraction. */
  percent(field: string, rules: NumberRules, label = this.label(field)): number {
    return this.take(field, parsePercent(this.value(field), label, rules));
  }
}

/** What every tool's custom element starts from: its form and its error summary. */
export interface ToolParts {
  form: HTMLFormElement;
  summary: HTMLElement;
}

/**
 * Finds a tool's form and error summary and shows the parts that need
 * script; undefined when the markup is not there.
 */
export function startTool(element: HTMLElement): ToolParts | undefined {
  const form = element.querySelector('form');
  const summary = element.querySelector<HTMLElement>('[data-error-summary]');
  if (!form || !summary) return undefined;
  markEnhanced(document);
  return { form, summary };
}
