/**
 * The places a tool's script finds in its markup, written as data-<name>
 * attributes. Markup writes them with `hook(name)` and scripts find them with
 * `hookSelector(name)`, both taking the name from the tool's contract.ts, so a
 * renamed hook is a type error on both sides rather than a dead button.
 */

/** Hooks every tool has, written by the shared components (ToolResults, OutputActions). */
export const sharedHooks = ['results', 'copy', 'copy-status', 'print-button'] as const;
export type SharedHook = (typeof sharedHooks)[number];

/** The attribute that marks a hook, with a value when one hook name marks several places. */
export function hook<P extends string>(name: P, value = ''): Record<`data-${P}`, string> {
  return { [`data-${name}`]: value } as Record<`data-${P}`, string>;
}

export function hookSelector(name: string, value?: string | number): string {
  return value === undefined ? `[data-${name}]` : `[data-${name}="${String(value)}"]`;
}
