/**
 * Progressive enhancement in one place: parts marked `data-enhanced` are
 * hidden in the HTML and shown once the script runs; notes marked
 * `data-no-script-note` say what needs JavaScript and disappear when it runs.
 * (A <noscript> element would not do: browsers that only block scripts still
 * hide its content.)
 */
export function markEnhanced(root: ParentNode): void {
  root
    .querySelectorAll<HTMLElement>('[data-enhanced]')
    .forEach((element) => (element.hidden = false));
  root
    .querySelectorAll<HTMLElement>('[data-no-script-note]')
    .forEach((element) => (element.hidden = true));
}
