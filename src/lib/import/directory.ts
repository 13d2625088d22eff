import type { ContentSet } from '../content/read-folder';

/** What the content folder already knows, so an import matches people and bodies instead of duplicating them. */
export interface Directory {
  people: { id: string; name: string; initials: string[] }[];
  bodies: { id: string; name: string; alsoKnownAs: string[]; earlierActions: string[] }[];
  organisations: Record<string, { name: string; abbreviation?: string }>;
}

export function directoryOf(set: Pick<ContentSet, 'people' | 'bodies' | 'organisation'> | undefined): Directory {
  return {
    people: set?.people.map((p) => ({ id: p.id, name: p.data.name, initials: p.data.initials })) ?? [],
    bodies: set?.bodies.map((b) => ({ id: b.id, name: b.data.name, alsoKnownAs: [...b.data.alsoKnownAs, ...(b.data.shortName ? [b.data.shortName] : [])], earlierActions: b.data.earlierActions.map((e) => e.ref) })) ?? [],
    organisations: set?.organisation.data.organisations ?? {},
  };
}
