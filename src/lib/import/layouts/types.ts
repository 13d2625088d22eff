import type { Directory } from '../directory';
import type { ItemHead } from '../minutes/segment';
import type { ParsedAttendee, ParsedItem, Review } from '../minutes/types';

/** A document as every layout sees it: its lines, where its items seem to begin, and its opening. */
export interface LayoutInput {
  lines: string[];
  heads: ItemHead[];
  /** The lines before the first item: the heading and the attendance. */
  headerLines: string[];
}

/**
 * One way minutes are laid out. It says how well a document matches it, with its reasons (cited in
 * the review report), and reads the document's items. Adding a layout is adding a file here, listing
 * it in index.ts, and adding its documents to tests/fixtures/import.
 */
export interface MinutesLayout {
  name: string;
  recognise(doc: LayoutInput): { score: number; reasons: string[] };
  readItems(
    doc: LayoutInput,
    attendance: ParsedAttendee[],
    directory: Directory,
    review: Review[],
    notes: string[],
  ): { items: ParsedItem[]; signedBy?: string };
}
