import { parseItems } from '../minutes/items';
import type { MinutesLayout } from './types';

/** Items that count up in one numbering scheme ("1.", "39/20", "16/05/1", "FC23/101"), their text below each. */
export const numberedItems: MinutesLayout = {
  name: 'numbered items',
  recognise({ heads }) {
    if (heads.length === 0) return { score: 0, reasons: ['no run of numbered items'] };
    const first = heads[0]!.number.text;
    const last = heads[heads.length - 1]!.number.text;
    const alone = heads.filter((h) => h.titleLine !== undefined).length;
    return {
      score: Math.min(1, 0.4 + heads.length / 20),
      reasons: [
        `${heads.length} items numbered from ${first} to ${last}, each after the one before`,
        ...(alone ? [`${alone} with the number alone on its line and the title below`] : []),
      ],
    };
  },
  readItems: ({ lines, heads }, attendance, directory, review, notes) => parseItems(lines, heads, attendance, directory, review, notes),
};
