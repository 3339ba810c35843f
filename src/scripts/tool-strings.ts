import type { ClientName, ClientStrings } from '../i18n/client-strings';

/**
 * The strings a page hands its script (see src/components/ToolStrings.astro),
 * typed by the script's name; `Extra` for what the page adds beside them.
 */
export function readToolStrings<N extends ClientName, Extra = unknown>(
  root: ParentNode,
): ClientStrings<N> & Extra {
  const source = root.querySelector('script[type="application/json"][data-tool-strings]');
  if (!source?.textContent) throw new Error('tool page has no data-tool-strings block');
  return JSON.parse(source.textContent) as ClientStrings<N> & Extra;
}
