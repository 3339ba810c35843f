/**
 * What every tool's custom element shares: it finds its form and error
 * summary, reads its strings by name, shows the parts that need script,
 * reads the form on submit, reports mistakes field by field, and wires the
 * copy and print buttons (src/components/tools/OutputActions.astro). A tool
 * only says what to do with a submitted form and what to copy.
 */
import type { ClientName, ClientStrings } from '../i18n/client-strings';
import { hookSelector, type SharedHook } from '../components/tools/hooks';
import { fill } from '../i18n/fill';
import { copyOutput } from './clipboard';
import { FormReader, showErrors, startTool } from './form-feedback';
import { readToolStrings } from './tool-strings';

/** The page scripts that are tools: each has a form and reports its mistakes. */
export type ToolName = Exclude<ClientName, 'search'>;

export abstract class ToolElement<
  N extends ToolName,
  Extra = unknown,
  Hook extends string = never,
> extends HTMLElement {
  protected strings!: ClientStrings<N> & Extra;
  protected form!: HTMLFormElement;
  #summary!: HTMLElement;

  connectedCallback() {
    const tool = startTool(this);
    if (!tool) return;
    this.form = tool.form;
    this.#summary = tool.summary;
    this.strings = readToolStrings<N, Extra>(this);
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.submit(new FormReader(this.form));
    });
    this.find('copy')?.addEventListener('click', () => {
      const output = this.copySource();
      if (output)
        void copyOutput(output.element, this.find('copy-status'), this.strings, output.text);
    });
    this.find('print-button')?.addEventListener('click', () => window.print());
    this.start();
  }

  /** The first place marked with this hook (see contract.ts), optionally with this value. */
  protected find<E extends HTMLElement = HTMLElement>(
    name: Hook | SharedHook,
    value?: string | number,
    root: ParentNode = this,
  ): E | null {
    return root.querySelector<E>(hookSelector(name, value));
  }

  /** Every place marked with this hook. */
  protected findAll<E extends HTMLElement = HTMLElement>(
    name: Hook | SharedHook,
    root: ParentNode = this,
  ): E[] {
    return [...root.querySelectorAll<E>(hookSelector(name))];
  }

  /** The value a hook carries on this element, e.g. which kind of loan a group of fields is for. */
  protected hookValue(element: Element, name: Hook | SharedHook): string | null {
    return element.getAttribute(`data-${name}`);
  }

  protected setHookValue(element: Element, name: Hook | SharedHook, value: string): void {
    element.setAttribute(`data-${name}`, value);
  }

  /** Anything a tool sets up once its form is found (rows to add, choices to follow). */
  protected start(): void {}

  /** What the tool does with the submitted form. */
  protected abstract submit(read: FormReader): void;

  /** What “复制全文” copies: an element, and the text when it is not the element's own. */
  protected copySource(): { element: HTMLElement; text?: string } | undefined {
    return undefined;
  }

  /** Shows the reader's mistakes (or clears earlier ones); true when there are none. */
  protected reportErrors(read: FormReader): boolean {
    const { errors } = read;
    const heading = fill(this.strings.fixErrors, { count: errors.length });
    showErrors(this.form, this.#summary, errors, heading);
    return errors.length === 0;
  }

  /** Shows a result section and moves focus to its heading, so the reader hears it. */
  protected reveal(results: HTMLElement): void {
    results.hidden = false;
    results.querySelector<HTMLElement>('h2')?.focus();
  }
}
