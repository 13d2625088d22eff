import { cappedId } from './ids';
import { normaliseName } from './minutes';
import type { Directory } from './directory';
import { toYaml } from './to-content';
import { bareName } from './rules/names';

export { bareName };

/** Finds someone already in the folder (or made earlier in this import) by name, or makes them. */
export class PeopleIndex {
  private byName = new Map<string, string>();
  private ids = new Set<string>();
  private texts = new Map<string, string | undefined>();
  private initialsOf = new Map<string, string[]>();
  readonly created: { id: string; name: string; initials: string[] }[] = [];

  constructor(directory: Directory) {
    for (const p of directory.people) {
      this.remember(p.id, p.name);
      this.texts.set(p.id, p.text);
      this.initialsOf.set(p.id, p.initials);
    }
  }

  private remember(id: string, name: string) {
    this.ids.add(id);
    for (const key of [normaliseName(name), normaliseName(bareName(name))]) if (key && !this.byName.has(key)) this.byName.set(key, id);
  }

  find(name: string): string | undefined {
    return this.byName.get(normaliseName(name)) ?? this.byName.get(normaliseName(bareName(name))) ?? this.bySurname(name);
  }

  /** "Councillor Warren" is "Councillor S Warren" when only one councillor of that surname is known. */
  private bySurname(name: string): string | undefined {
    const m = /^(councillor|cllr)\.?\s+([A-Za-z'’-]+)$/i.exec(name.trim());
    if (!m) return undefined;
    const surname = m[2]!.toLowerCase();
    const ids = new Set([...this.byName].filter(([key]) => key.startsWith('councillor ') && key.endsWith(` ${surname}`)).map(([, id]) => id));
    return ids.size === 1 ? [...ids][0] : undefined;
  }

  /** Whether the person's file, as it stands or as this import makes it, gives them these initials. */
  hasInitials(id: string, initials: string): boolean {
    const made = this.created.find((p) => p.id === id);
    if (made) return made.initials.includes(initials);
    return this.initialsOf.get(id)?.includes(initials) ?? false;
  }

  /** The id of this person, made (and listed in `created`, once) if they are new. */
  resolve(name: string, initials?: string): { id: string; created: boolean } {
    const person = { name, initials: initials ? [initials] : [] };
    let id = this.find(name);
    if (id === undefined) {
      // Capped, so that a paragraph read as a name still makes a file name the file system takes.
      const base = cappedId(bareName(name)) || cappedId(name) || 'person';
      id = base;
      for (let n = 2; this.ids.has(id); n++) id = `${base}-${n}`;
      this.remember(id, name);
    } else if (this.texts.get(id) !== personYaml(person)) {
      return { id, created: false };
    }
    // New, or written word for word by an earlier run of this same import: made (again), so that a
    // second run gives the same output, the file then unchanged.
    const made = this.created.find((p) => p.id === id);
    if (made) {
      // Made by an earlier document of this import, without the initials this one prints: they are added to the new file.
      if (initials && !made.initials.includes(initials)) made.initials.push(initials);
      return { id, created: false };
    }
    this.created.push({ id, ...person });
    return { id, created: true };
  }
}

/** A person as the importer writes them: the name as printed, and initials when given. */
export const personYaml = (p: { name: string; initials: string[] }) => toYaml({ name: p.name, ...(p.initials.length ? { initials: p.initials } : {}) });
