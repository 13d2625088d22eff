import { readFileSync } from 'node:fs';
import type { ContentSet } from '../content/read-folder';

/** What the content folder already knows, so an import matches people and bodies instead of duplicating them. */
export interface Directory {
  /** `text` is the file as it is, to tell an entry an earlier run of the same import wrote from one written by hand. */
  people: { id: string; name: string; initials: string[]; text?: string }[];
  bodies: { id: string; name: string; alsoKnownAs: string[]; earlierActions: string[]; text?: string; madeThisRun?: boolean }[];
  organisations: Record<string, { name: string; abbreviation?: string }>;
}

export function directoryOf(set: Pick<ContentSet, 'people' | 'bodies' | 'organisation'> | undefined): Directory {
  return {
    people: set?.people.map((p) => ({ id: p.id, name: p.data.name, initials: p.data.initials, text: readText(p.file) })) ?? [],
    bodies:
      set?.bodies.map((b) => ({
        id: b.id,
        name: b.data.name,
        alsoKnownAs: [...b.data.alsoKnownAs, ...(b.data.shortName ? [b.data.shortName] : [])],
        earlierActions: b.data.earlierActions.map((e) => e.ref),
        text: readText(b.file),
      })) ?? [],
    organisations: set?.organisation.data.organisations ?? {},
  };
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
