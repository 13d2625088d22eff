import { parseTableItems, tableLayout } from '../action-table';
import { extractRecords } from '../minutes/records';
import { itemStart } from '../minutes/segment';
import type { MinutesLayout } from './types';

/** Minutes printed as one table, "Matter Raised | Action | Owner | Date for Completion" (../action-table.ts). */
export const matterActionTable: MinutesLayout = {
  name: 'matter and action table',
  recognise({ headerLines }) {
    const layout = tableLayout(headerLines);
    return layout
      ? { score: 2, reasons: ['a heading row with Action and Owner columns before the first item: the minutes are one table'] }
      : { score: 0, reasons: ['no table heading row with Action and Owner columns'] };
  },
  readItems({ lines, heads, headerLines }, attendance, directory, review, notes) {
    const start = heads.length ? itemStart(heads[0]!) : -1;
    const items = parseTableItems(start < 0 ? [] : lines.slice(start), tableLayout(headerLines)!, attendance, review, notes);
    for (const item of items) extractRecords(item, directory, review);
    return { items };
  },
};
