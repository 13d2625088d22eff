/**
 * Beside each "Link to item" a button that copies the item's full address. Without JavaScript
 * (or without clipboard access) the link itself is the permalink to copy.
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
    button.setAttribute('aria-label', `Copy the link to ${link.textContent?.replace(/^Link to /, '') ?? 'this item'}`);
    button.addEventListener('click', async () => {
      const url = new URL(link.getAttribute('href')!, location.href).href;
      try {
        await navigator.clipboard.writeText(url);
        button.textContent = 'Link copied';
        status.textContent = `Copied ${url}`;
      } catch {
        status.textContent = 'The link could not be copied: copy it from the address bar after following it.';
      }
    });
    link.after(' ', button);
  }
}
