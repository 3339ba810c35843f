/**
 * Copies a tool's output. Clipboard access can be refused (an insecure origin,
 * a permission); then the text is selected so a long press still copies it.
 */
export async function copyOutput(
  source: HTMLElement,
  status: HTMLElement | null,
  messages: { copied: string; copyFailed: string },
  text = source.textContent ?? '',
): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    if (status) status.textContent = messages.copied;
  } catch {
    window.getSelection()?.selectAllChildren(source);
    if (status) status.textContent = messages.copyFailed;
  }
}
