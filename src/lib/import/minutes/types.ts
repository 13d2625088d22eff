import type { ActionStatus, AttendanceGroup, DecisionKind, MinutesStatus } from '../../../schemas';

export interface Review {
  field: string;
  message: string;
}

export interface ParsedAttendee {
  name: string;
  group: Exclude<AttendanceGroup, 'absent'>;
  as?: string;
  initials?: string;
  arrived?: string;
  left?: string;
  remote?: boolean;
  /** The name of the member they stood in for. */
  substituteFor?: string;
  note?: string;
}

export interface ParsedAction {
  ref?: string;
  text: string;
  owner?: string;
  /** The owner as printed (a name, role or initials), before it is matched to anyone. */
  ownerText?: string;
  /** Read from the organisation the text names, not from who it is given to: for review. */
  ownerGuessed?: boolean;
  due?: string;
  dueText?: string;
}

export interface ParsedItem {
  number: string;
  title?: string;
  /** Paragraphs as printed, Markdown. */
  paragraphs: string[];
  exempt?: { reason: string };
  decisions: { kind: DecisionKind; text: string }[];
  actions: ParsedAction[];
  actionUpdates: { ref: string; status: ActionStatus; text: string; due?: string }[];
  recommendations?: { number?: string; text: string }[];
}

export type { DecisionKind };

export interface ParsedMinutes {
  body: string;
  date?: string;
  start?: string;
  end?: string;
  location?: string;
  minutesStatus: Exclude<MinutesStatus, 'none'>;
  /** The opening lines as printed (title, date, time, place, attendance headings). */
  header: string;
  attendance: ParsedAttendee[];
  items: ParsedItem[];
  signedBy?: string;
  review: Review[];
  /** Corrections made to the source, said in the meeting's note as the hand-made content does. */
  notes: string[];
}
