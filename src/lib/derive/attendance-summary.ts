import type { Attendance } from '../../schemas';

export interface MemberAttendance {
  person: string;
  role: string;
  /** Meetings held while they were a member, substitutes excepted: substitutes attend only in someone's place. */
  expected: number;
  /** Meetings they are recorded at, in person or remotely, in any capacity. */
  present: number;
  apologies: number;
  /** Recorded as absent, or expected and not named in the attendance at all. */
  absent: number;
  /** Meetings at which someone attended in their place, and who. */
  substituted: number;
  substitutes: string[];
  /** Meetings they attended in another member's place. */
  asSubstitute: number;
}

export interface Membership {
  person: string;
  role: string;
  from?: string;
  to?: string;
}

/**
 * Each member's attendance over a body's meetings. Only meetings whose attendance is recorded
 * count: a meeting known only from its agenda says nothing about who came.
 */
export function attendanceSummary(
  members: readonly Membership[],
  meetings: readonly { date: string; attendance: readonly Attendance[] }[],
): MemberAttendance[] {
  const recorded = meetings.filter((m) => m.attendance.length > 0);
  return members.map((member) => {
    const row: MemberAttendance = {
      person: member.person,
      role: member.role,
      expected: 0,
      present: 0,
      apologies: 0,
      absent: 0,
      substituted: 0,
      substitutes: [],
      asSubstitute: 0,
    };
    const expected = member.role !== 'substitute';
    for (const m of recorded) {
      if ((member.from && m.date < member.from) || (member.to && m.date > member.to)) continue;
      if (expected) row.expected++;
      const own = m.attendance.find((a) => a.person === member.person);
      if (own?.group === 'present' || own?.group === 'in-attendance') {
        row.present++;
        if (own.substituteFor) row.asSubstitute++;
      } else if (own?.group === 'apologies') row.apologies++;
      else if (expected) row.absent++;
      const standIns = m.attendance.filter((a) => a.substituteFor === member.person && a.group !== 'apologies' && a.group !== 'absent');
      if (standIns.length > 0) {
        row.substituted++;
        for (const s of standIns) if (!row.substitutes.includes(s.person)) row.substitutes.push(s.person);
      }
    }
    return row;
  });
}
