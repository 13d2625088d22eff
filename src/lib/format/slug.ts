/** Lower-case words joined by hyphens, for fragment ids and generated keys: "Responding to the public" → "responding-to-the-public". */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
