import { matterActionTable } from './matter-action-table';
import { numberedItems } from './numbered-items';
import type { LayoutInput, MinutesLayout } from './types';

export type { LayoutInput, MinutesLayout } from './types';

/** Every layout the importer knows. The one that matches a document best reads it. */
export const minutesLayouts: MinutesLayout[] = [matterActionTable, numberedItems];

/** The best layout for a document, with why, and how the others scored. */
export function chooseLayout(doc: LayoutInput): { layout: MinutesLayout; reasons: string[] } {
  const scored = minutesLayouts.map((layout) => ({ layout, ...layout.recognise(doc) })).sort((a, b) => b.score - a.score);
  // A layout that does not match at all never reads a document: then its text is kept under numbered items (none found, it stays as printed).
  const best = scored[0]!.score > 0 ? scored[0]! : scored.find((s) => s.layout === numberedItems)!;
  return { layout: best.layout, reasons: best.reasons };
}
