/** The strings a tool page hands its script (see src/components/ToolStrings.astro). */
export function readToolStrings<T>(root: ParentNode): T {
  const source = root.querySelector('script[type="application/json"][data-tool-strings]');
  if (!source?.textContent) throw new Error('tool page has no data-tool-strings block');
  return JSON.parse(source.textContent) as T;
}
