import type { Attendance } from '../../schemas';

export interface Participation {
  person: string;
  present: number;
  apologies: number;
  /** Capacities in which the minutes list them, most recent first, without repeats. */
  capacities: string[];
  lastSeen: string;
}

/**
 * Who took part in a body's meetings, derived from the attendance records rather than
 * declared: the minutes are the evidence. Meetings are given newest first.
 */
export function participation(meetings: readonly { date: string; attendance: readonly Attendance[] }[]): Participation[] {
  const map = new Map<string, Participation>();
  for (const m of meetings) {
    for (const a of m.attendance) {
      const p = map.get(a.person) ?? { person: a.person, present: 0, apologies: 0, capacities: [], lastSeen: m.date };
      if (a.group === 'apologies') p.apologies++;
      else if (a.group !== 'absent') p.present++;
      if (a.as && !p.capacities.includes(a.as)) p.capacities.push(a.as);
      if (m.date > p.lastSeen) p.lastSeen = m.date;
      map.set(a.person, p);
    }
  }
  return [...map.values()].sort((x, y) => y.present - x.present || x.person.localeCompare(y.person));
}
