/**
 * Beside each item's number, which links to the item, a button that copies the item's full
 * address. Without JavaScript (or without clipboard access) the number itself is the link to copy.
 */
export function addCopyButtons(links: NodeListOf<HTMLAnchorElement>): void {
  if (!navigator.clipboard) return;
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  document.body.append(status);
  for (const link of links) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-link';
    button.textContent = 'Copy link';
    button.setAttribute('aria-label', `Copy link to item ${link.textContent ?? ''}`);
    button.addEventListener(
      'click',
      () =>
        void (async () => {
          const url = new URL(link.getAttribute('href')!, location.href).href;
          try {
            await navigator.clipboard.writeText(url);
            button.textContent = 'Link copied';
            status.textContent = `Copied ${url}`;
          } catch {
            status.textContent = 'The link could not be copied: copy it from the address bar after following it.';
          }
        })(),
    );
    // After the heading the number is in, so the heading keeps its own name; a numbered paragraph's
    // number has no heading, and its button sits under it (items.css). The accessible name starts
    // with the words on the button (WCAG 2.5.3).
    (link.closest('h3, h4, h5, h6') ?? link).after(button);
  }
}
