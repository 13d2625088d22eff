import { describe, expect, it } from 'vitest';
import { formatValue, targetText } from '../../src/lib/derive/measure';
import { formatDuration } from '../../src/lib/format/duration';
import { plural } from '../../src/lib/format/number';
import { entryStatus, isPastTarget, quarterEnd } from '../../src/lib/derive/plan-status';
import { deliverableStatuses } from '../../src/schemas';
import { whatFollows } from '../../src/lib/derive/decision-text';
import { activityByPerson } from '../../src/lib/archive/people';
import { actionsToFollow } from '../../src/lib/derive/action-log';
import { deriveActionStatus, dueFromText } from '../../src/lib/derive/action-status';
import { meetingStatusText } from '../../src/lib/site/meeting-text';

describe('durations read naturally', () => {
  it('drops the parts that are zero', () => {
    expect(formatDuration(60, 'short')).toBe('1 h');
    expect(formatDuration(40, 'short')).toBe('40 min');
    expect(formatDuration(39.3, 'short')).toBe('39 min 18 s');
    expect(formatDuration(62.1, 'short')).toBe('1 h 2 min 6 s');
    expect(formatDuration(0, 'short')).toBe('0 s');
  });
  it('writes a duration out in words, singular and plural', () => {
    expect(formatDuration(60, 'long')).toBe('1 hour');
    expect(formatDuration(121, 'long')).toBe('2 hours 1 minute');
    expect(formatDuration(39.3, 'long')).toBe('39 minutes 18 seconds');
  });
  it('says a duration target in words: "below 1 hour", not "below 1 h 0 min 0 s"', () => {
    expect(targetText({ comparison: 'below', value: 60 }, 'minutes')).toBe('below 1 hour');
    expect(targetText({ comparison: 'at-most', value: 45 }, 'minutes')).toBe('at most 45 minutes');
    expect(formatValue(40, 'minutes')).toBe('40 min');
    expect(formatValue(1, 'hours')).toBe('1 hour');
    expect(formatValue(1, 'days')).toBe('1 day');
  });
});

describe('one plural helper', () => {
  it('agrees the noun with the count', () => {
    expect(plural(1, 'meeting')).toBe('1 meeting');
    expect(plural(0, 'meeting')).toBe('0 meetings');
    expect(plural(2175, 'action')).toBe('2,175 actions');
    expect(plural(3, 'body', 'bodies')).toBe('3 bodies');
    expect(plural(1, 'body', 'bodies')).toBe('1 body');
  });
});

describe('a meeting past its date is not "Scheduled"', () => {
  const meeting = (date: string, status: 'scheduled' | 'held' | 'cancelled', minutes: string) =>
    ({ data: { date, status, minutes: { status: minutes } } }) as unknown as Parameters<typeof meetingStatusText>[0];
  it('says what the data shows on the build day', () => {
    expect(meetingStatusText(meeting('2026-12-01', 'scheduled', 'none'), '2026-11-22')).toBe('Scheduled');
    expect(meetingStatusText(meeting('2026-11-22', 'scheduled', 'none'), '2026-11-22')).toBe('Scheduled');
    expect(meetingStatusText(meeting('2022-09-14', 'scheduled', 'none'), '2026-11-22')).toBe('Date passed: no minutes published');
    expect(meetingStatusText(meeting('2022-09-14', 'scheduled', 'approved'), '2026-11-22')).toBe('Held');
    expect(meetingStatusText(meeting('2022-09-14', 'held', 'none'), '2026-11-22')).toBe('Held');
    expect(meetingStatusText(meeting('2022-09-14', 'cancelled', 'none'), '2026-11-22')).toBe('Cancelled');
  });
});

describe('a due date written as a meeting ("November Board") is a date', () => {
  const raised = '2019-10-09';
  it("resolves to that body's meeting in that month, from the archive's meetings", () => {
    expect(dueFromText('November Board', { raisedOn: raised, meetingDates: ['2019-10-09', '2019-11-13', '2019-12-11'] })).toBe('2019-11-13');
    expect(dueFromText('the November meeting', { raisedOn: raised, meetingDates: ['2019-11-20'] })).toBe('2019-11-20');
  });
  it('takes the first meeting of the month on or after the day raised, from dates sorted once for every action', () => {
    const dates = ['2019-10-09', '2019-11-01', '2019-11-13', '2019-11-27', '2020-10-14', '2020-11-11'];
    expect(dueFromText('November Board', { raisedOn: '2019-11-05', meetingDates: dates })).toBe('2019-11-13');
    expect(dueFromText('November Board', { raisedOn: '2019-11-13', meetingDates: dates })).toBe('2019-11-13');
    expect(dueFromText('November Board', { raisedOn: '2019-11-28', meetingDates: dates })).toBe('2019-11-30');
    expect(dueFromText('November Board', { raisedOn: '2019-12-02', meetingDates: dates })).toBe('2020-11-11');
    expect(dueFromText('October Board', { raisedOn: '2019-12-02', meetingDates: dates })).toBe('2020-10-14');
    expect(dueFromText('December Board', { raisedOn: '2020-11-11', meetingDates: dates })).toBe('2020-12-31');
  });
  it("resolves to the month's end when the archive holds no meeting that month, in the first such month after raising", () => {
    expect(dueFromText('November Board', { raisedOn: raised, meetingDates: ['2019-10-09'] })).toBe('2019-11-30');
    expect(dueFromText('March Board', { raisedOn: raised, meetingDates: [] })).toBe('2020-03-31');
  });
  it('still reads a month and year, and gives none for what names no month', () => {
    expect(dueFromText('December 2019', { raisedOn: raised, meetingDates: [] })).toBe('2019-12-31');
    expect(dueFromText('next Board', { raisedOn: raised, meetingDates: ['2019-11-13'] })).toBeUndefined();
    expect(dueFromText('November Board', { meetingDates: [] })).toBeUndefined();
  });
  it('makes such an action overdue once the date has passed and it is not complete', () => {
    const due = dueFromText('November Board', { raisedOn: raised, meetingDates: [] });
    expect(deriveActionStatus({ due }, [], '2026-11-22').overdue).toBe(true);
  });
});

describe("the action log's front page lists the actions to follow", () => {
  const act = (id: string, status: 'open' | 'progressing' | 'completed', overdue: boolean, currentDue?: string) => ({
    id,
    status,
    overdue,
    currentDue,
    raised: { meeting: { data: { date: '2019-10-09' } } },
  });
  it('lists those not completed, overdue first, then by due date, bounded', () => {
    const actions = [
      act('done', 'completed', false, '2019-01-01'),
      act('later', 'open', false, '2027-01-01'),
      act('undated', 'progressing', false),
      act('late', 'open', true, '2019-11-30'),
      act('soon', 'progressing', false, '2026-12-01'),
    ];
    expect(actionsToFollow(actions).shown.map((a) => a.id)).toEqual(['late', 'soon', 'later', 'undated']);
    expect(actionsToFollow(actions, 2)).toMatchObject({ shown: [{ id: 'late' }, { id: 'soon' }], more: 2 });
  });
});

describe('a person is credited only with what names them', () => {
  const person = (id: string) => ({ id, file: '', data: { name: id } });
  const [chair, member, officer] = [person('chair'), person('member'), person('officer')];
  const meeting = {
    id: 'panel/2022-07-20',
    data: { date: '2022-07-20' },
    attendance: [
      { person: 'chair', group: 'present' },
      { person: 'member', group: 'present' },
      { person: 'officer', group: 'in-attendance' },
    ],
  };
  const recommendations = [
    { meeting, to: { kind: 'person', person: officer }, responses: [] },
    { meeting, to: { kind: 'organisation' }, responses: [{ by: chair }] },
  ];
  const decisions = [
    { meeting, people: [member] },
    { meeting, people: [] },
  ];
  const activity = activityByPerson([chair, member, officer] as never, [], [meeting] as never, [], recommendations as never, decisions as never);
  it('does not credit every member present with all the meeting recommended and decided', () => {
    expect(activity.get('member')!.attended).toHaveLength(1);
    expect(activity.get('member')!.recommendations).toHaveLength(0);
    expect(activity.get('member')!.decisions).toEqual([decisions[0]]);
    expect(activity.get('chair')!.recommendations).toEqual([recommendations[1]]);
    expect(activity.get('chair')!.decisions).toHaveLength(0);
    expect(activity.get('officer')!.recommendations).toEqual([recommendations[0]]);
  });
});

describe('a decision ending on a colon shows what it introduces, from the record', () => {
  const minutes =
    'The Panel received the report.\n\nDiscussions took place and a couple of tweaks agree:\n\n- Change of photos\n- Added in wording of Councillor\n\nThe Panel **AGREED** to **NOTE** the Annual Report.\n';
  it('takes the list that follows its words in the minutes', () => {
    expect(whatFollows('Discussions took place and a couple of tweaks agree:', { number: '11', minutes, recommendations: [] }, [])).toEqual({
      list: ['Change of photos', 'Added in wording of Councillor'],
    });
  });
  it("takes the item's recommendations when the minutes list them as recommendations", () => {
    const item = {
      number: '9',
      minutes: 'The Panel **AGREED** to **NOTE** the report and made the following recommendation:\n\n1. *To add a column.*',
      recommendations: [{ text: 'To add a column.' }],
    };
    expect(whatFollows('The Panel AGREED to NOTE the report and made the following recommendation:', { ...item, minutes: 'no list here' }, [])).toEqual({
      list: ['To add a column.'],
    });
    expect(whatFollows('The Panel AGREED to NOTE the report and made the following recommendation:', item, [])).toEqual({ list: ['*To add a column.*'] });
  });
  it('names the paragraphs under the item that carry it on, and leaves a whole decision alone', () => {
    expect(whatFollows('which the Board noted and discussed as follows:', { number: '5.4', recommendations: [] }, ['5.4.1', '5.4.2', '5.5'])).toEqual({
      continuesIn: ['5.4.1', '5.4.2'],
    });
    expect(whatFollows('The Panel AGREED to NOTE the report.', { number: '9', minutes, recommendations: [{ text: 'x' }] }, [])).toBeUndefined();
    expect(whatFollows('As follows:', { number: '9', recommendations: [] }, [])).toBeUndefined();
  });
});

describe('"new" is a flag about the report, not a progress status', () => {
  it('reads progress from the source, or says it was not reported', () => {
    expect(entryStatus({ section: 'new' })).toBe('not-reported');
    expect(entryStatus({ section: 'new', update: 'Recommendation: Review of CSPs. Number of dependencies identified.' })).toBe('not-reported');
    expect(entryStatus({ section: 'new', update: 'Activities ongoing.' })).toBe('in-progress');
    expect(entryStatus({ section: 'current', update: 'Something unknown.' })).toBeUndefined();
    expect(entryStatus({ section: 'current', update: 'Activities ongoing.', status: 'on-hold' })).toBe('on-hold');
    expect(deliverableStatuses as readonly string[]).not.toContain('new');
  });
});

describe('a deliverable past its target quarter is flagged', () => {
  it('knows when a quarter of a financial year ends', () => {
    expect(quarterEnd('Q1 2022/23')).toBe('2022-06-30');
    expect(quarterEnd('Q3 2022/23')).toBe('2022-12-31');
    expect(quarterEnd('Q4 2022/23')).toBe('2023-03-31');
    expect(quarterEnd('Q3/4 2022/23')).toBe('2023-03-31');
    expect(quarterEnd('Q2/Q3 2023/24')).toBe('2023-12-31');
    expect(quarterEnd('soon')).toBeUndefined();
  });
  it('flags one not done whose target quarter ended before the build day', () => {
    expect(isPastTarget('Q3 2022/23', 'in-progress', '2026-11-22')).toBe(true);
    expect(isPastTarget('Q3 2022/23', 'not-reported', '2023-01-01')).toBe(true);
    expect(isPastTarget('Q3 2022/23', 'in-progress', '2022-12-31')).toBe(false);
    expect(isPastTarget('Q3 2022/23', 'complete', '2026-11-22')).toBe(false);
    expect(isPastTarget('Q3 2022/23', 'business-as-usual', '2026-11-22')).toBe(false);
    expect(isPastTarget(undefined, 'in-progress', '2026-11-22')).toBe(false);
  });
});
