/**
 * Fills `{name}` placeholders in a UI string. Strings that the browser
 * completes (result counts, error totals) travel to the page as templates in
 * data attributes, so scripts never carry their own copy of the wording.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in values ? String(values[name]) : placeholder,
  );
}
