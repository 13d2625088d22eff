import type { Attendance } from '../../schemas';

export interface AttendanceGroups<T extends Attendance = Attendance> {
  present: T[];
  inAttendance: T[];
  apologies: T[];
  absent: T[];
}

/** Groups attendance as minutes print it, keeping the minutes' own order within each group. */
export function groupAttendance<T extends Attendance>(attendance: readonly T[]): AttendanceGroups<T> {
  const groups: AttendanceGroups<T> = { present: [], inAttendance: [], apologies: [], absent: [] };
  for (const a of attendance) {
    if (a.group === 'present') groups.present.push(a);
    else if (a.group === 'in-attendance') groups.inAttendance.push(a);
    else if (a.group === 'apologies') groups.apologies.push(a);
    else groups.absent.push(a);
  }
  return groups;
}

/** Words describing someone's partial attendance, e.g. "from 14:10, left at 16:20, remotely". */
export function attendanceQualifiers(a: Attendance): string[] {
  const out: string[] = [];
  if (a.arrived) out.push(`arrived ${a.arrived}`);
  if (a.left) out.push(`left ${a.left}`);
  if (a.remote) out.push('attended remotely');
  return out;
}
