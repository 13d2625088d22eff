import { matterActionTable } from './matter-action-table';
import { numberedItems } from './numbered-items';
import type { LayoutInput, MinutesLayout } from './types';

export type { LayoutInput, MinutesLayout } from './types';

/** Every layout the importer knows. The one that matches a document best reads it. */
export const minutesLayouts: MinutesLayout[] = [matterActionTable, numberedItems];

/** The best layout for a document, with why, and how the others scored. */
export function chooseLayout(doc: LayoutInput): { layout: MinutesLayout; reasons: string[] } {
  const scored = minutesLayouts.map((layout) => ({ layout, ...layout.recognise(doc) })).sort((a, b) => b.score - a.score);
  return { layout: scored[0]!.layout, reasons: scored[0]!.reasons };
}
