import { describe, expect, it } from 'vitest';
import { agendaItemSchema, bodySchema, isoDate, meetingSchema, paperSchema, personSchema, clockTime, planReportSchema } from '../../src/schemas';

const meeting = {
  body: 'business-coordination-board',
  date: '2019-10-09',
  start: '15:00',
  status: 'held',
  agenda: [{ number: '4.1.1', title: 'Action log', actions: [{ ref: '32/15', text: 'Report back.', owner: 'WK', due: '2015-06-25' }] }],
};

describe('content schemas', () => {
  it('accept a meeting and fill the defaults', () => {
    const m = meetingSchema.parse(meeting);
    expect(m.minutes).toEqual({ status: 'none' });
    expect(m.attendance).toEqual([]);
    expect(m.agenda[0]).toMatchObject({ papers: [], decisions: [], actionUpdates: [] });
  });

  it('keep dates as real calendar days', () => {
    expect(isoDate.safeParse('2020-02-29').success).toBe(true);
    expect(isoDate.safeParse('2019-02-29').success).toBe(false);
    expect(isoDate.safeParse('2019-13-01').success).toBe(false);
    expect(isoDate.safeParse('9 October 2019').success).toBe(false);
    // A Date from a frontmatter parser keeps its calendar day.
    expect(isoDate.parse(new Date(Date.UTC(2015, 5, 4)))).toBe('2015-06-04');
  });

  it('take 24-hour times only', () => {
    expect(clockTime.safeParse('09:00').success).toBe(true);
    expect(clockTime.safeParse('9am').success).toBe(false);
    expect(clockTime.safeParse('24:00').success).toBe(false);
  });

  it('take agenda numbers as printed, nested', () => {
    for (const number of ['4', '4.1', '4.1.2', '10', '39/20', '16/05/8.1', '03.18.02', 'FC23/101', 'E31', 'P&R/23/041', 'CAB 45', 'CAB.84'])
      expect(agendaItemSchema.safeParse({ number, title: 'x' }).success, number).toBe(true);
    for (const number of ['4.', '4..1', 'A', '', '4/', 'item 4', 'fc23/101', '<b>4</b>'])
      expect(agendaItemSchema.safeParse({ number, title: 'x' }).success, number).toBe(false);
  });

  it('need a reason for an exempt item', () => {
    expect(agendaItemSchema.safeParse({ number: '6', title: 'x', exempt: { reason: 'Commercial in Confidence' } }).success).toBe(true);
    expect(agendaItemSchema.safeParse({ number: '6', title: 'x', exempt: {} }).success).toBe(false);
    expect(agendaItemSchema.safeParse({ number: '6', title: 'x', exempt: { reason: '' } }).success).toBe(false);
  });

  it('reject unknown fields, so a misspelling is never silently ignored', () => {
    expect(meetingSchema.safeParse({ ...meeting, locaton: 'Room 1' }).success).toBe(false);
    expect(personSchema.safeParse({ name: 'A', intials: ['A'] }).success).toBe(false);
  });

  it('check kinds and references', () => {
    expect(bodySchema.safeParse({ name: 'Board', kind: 'quango' }).success).toBe(false);
    expect(paperSchema.safeParse({ title: 'P', date: '2022-09-14', kind: 'report', meeting: 'Police Panel/2022' }).success).toBe(false);
    expect(paperSchema.safeParse({ title: 'P', date: '2022-09-14', kind: 'report', meeting: 'police-and-crime-panel/2022-09-14' }).success).toBe(true);
  });

  it('check minutes status values', () => {
    expect(meetingSchema.safeParse({ ...meeting, minutes: { status: 'final' } }).success).toBe(false);
    expect(meetingSchema.safeParse({ ...meeting, minutes: { status: 'awaiting-approval' } }).success).toBe(true);
  });
});

describe('a Plan report entry', () => {
  const entry = { deliverable: 'business-community-event', section: 'new' };
  const report = (status: string) => ({ plan: 'plan', date: '2022-09-14', title: 'Report', paper: '2022/report', entries: [{ ...entry, status }] });
  it('refuses "new" as a progress status, saying how being new is written instead', () => {
    const result = planReportSchema.safeParse(report('new'));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('section: new');
    expect(result.error?.issues[0]?.path).toEqual(['entries', 0, 'status']);
  });
  it('takes a real progress status, and lists them all when given another word', () => {
    expect(planReportSchema.safeParse(report('on-hold')).success).toBe(true);
    expect(planReportSchema.safeParse(report('done')).error?.issues[0]?.message).toBe(
      'expected one of: not-started, in-progress, nearly-complete, complete, business-as-usual, on-hold',
    );
  });
});
