import { withoutControls } from './characters';
import { escapeHtml } from './html';

/**
 * Text or an attribute value for an XML document (RSS, sitemaps): only characters XML 1.0 allows,
 * and & < > " ' escaped, so no text can break the document or add markup to it.
 */
export const xmlText = (text: string): string => escapeHtml(withoutControls(text));
