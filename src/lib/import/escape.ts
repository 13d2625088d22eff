/**
 * Imported text is Markdown, and the site's Markdown allows inline HTML (for the office's own
 * transcription notes). Text from outside must never become markup: every "<" that could open a
 * tag, comment or declaration is escaped. Autolinks such as <https://…> stay links.
 */
export function escapeMarkup(text: string): string {
  return text.replace(/<(?![a-z][a-z0-9+.-]*:[^\s<>]*>)(?=[a-z/!?])/gi, '&lt;');
}
