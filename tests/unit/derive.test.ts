import { actionLog, actionYear, actionsByYear, countActions, raisedDate } from '../../src/lib/derive/action-log';
import { describe, expect, it } from 'vitest';
import { agendaTree, compareAgendaNumbers, duplicateAgendaNumbers, itemAnchor } from '../../src/lib/derive/agenda';
import { agendaNumber } from '../../src/schemas/meeting';
import { deriveActionStatus, dueFromText } from '../../src/lib/derive/action-status';
import { attendanceQualifiers, groupAttendance } from '../../src/lib/derive/attendance';
import { participation } from '../../src/lib/derive/participation';
import { financialYear, formatDate, formatLongDate, formatTime } from '../../src/lib/format/date';
import type { Attendance } from '../../src/schemas';

describe('agenda ordering', () => {
  it('orders numbers numerically, parents before children', () => {
    const numbers = ['4.10', '4.2', '10', '4', '4.1.2', '4.1', '2', '4.1.10'];
    expect([...numbers].sort(compareAgendaNumbers)).toEqual(['2', '4', '4.1', '4.1.2', '4.1.10', '4.2', '4.10', '10']);
  });

  it('nests items by their numbers and hangs orphans from the nearest ancestor', () => {
    const tree = agendaTree([{ number: '5' }, { number: '4.1.1' }, { number: '4' }, { number: '4.2' }, { number: '6.1' }]);
    expect(tree.map((n) => n.item.number)).toEqual(['4', '5', '6.1']);
    const four = tree[0]!;
    expect(four.children.map((n) => n.item.number)).toEqual(['4.1.1', '4.2']);
    expect(four.children[0]!.depth).toBe(1);
    expect(tree[2]!.depth).toBe(0);
  });

  it('finds duplicate numbers with every index', () => {
    const dups = duplicateAgendaNumbers([{ number: '7.1' }, { number: '7.2' }, { number: '7.2' }, { number: '7.4' }]);
    expect([...dups]).toEqual([['7.2', [1, 2]]]);
    expect(duplicateAgendaNumbers([{ number: '1' }, { number: '1.1' }]).size).toBe(0);
  });

  it('makes fragment ids like item-4-1-2', () => {
    expect(itemAnchor('4.1.2')).toBe('item-4-1-2');
    expect(['39/20', 'P&R/23/041', 'CAB 45'].map(itemAnchor)).toEqual(['item-39-20', 'item-P-R-23-041', 'item-CAB-45']);
  });

  it('orders and nests the minute numbers of councils and panels as printed', () => {
    const numbers = ['71/17', '9/24', '70/17', '16/05/8.1', '16/05/10', '16/05/8', 'FC23/102', 'FC23/101', 'E10', 'E9', 'CAB.85', 'CAB.84'];
    expect([...numbers].sort(compareAgendaNumbers)).toEqual([
      '9/24',
      '16/05/8',
      '16/05/8.1',
      '16/05/10',
      '70/17',
      '71/17',
      'CAB.84',
      'CAB.85',
      'E9',
      'E10',
      'FC23/101',
      'FC23/102',
    ]);
    const tree = agendaTree([{ number: '16/05/8' }, { number: '16/05/8.1' }, { number: '16/05/9' }]);
    expect(tree.map((n) => [n.item.number, n.children.map((c) => c.item.number)])).toEqual([
      ['16/05/8', ['16/05/8.1']],
      ['16/05/9', []],
    ]);
  });
});

describe('action status', () => {
  const today = '2015-07-01';
  it('is open with no update, and overdue once past due', () => {
    expect(deriveActionStatus({ due: '2015-06-25' }, [], today)).toEqual({ status: 'open', due: '2015-06-25', overdue: true, asOf: undefined });
    expect(deriveActionStatus({ due: '2015-07-25' }, [], today).overdue).toBe(false);
    expect(deriveActionStatus({}, [], today).overdue).toBe(false);
  });

  it('takes the latest update by meeting date, whatever order they are given in', () => {
    const s = deriveActionStatus(
      { due: '2015-06-01' },
      [
        { date: '2015-06-25', status: 'completed' },
        { date: '2015-05-28', status: 'progressing' },
      ],
      today,
    );
    expect(s).toMatchObject({ status: 'completed', overdue: false, asOf: '2015-06-25' });
  });

  it('uses a revised due date from an update', () => {
    const s = deriveActionStatus({ due: '2015-05-01' }, [{ date: '2015-05-28', status: 'open', due: '2015-08-01' }], today);
    expect(s).toMatchObject({ status: 'open', due: '2015-08-01', overdue: false });
  });

  it('reads a month-and-year due date as the end of that month, and nothing vaguer', () => {
    expect(dueFromText('December 2019')).toBe('2019-12-31');
    expect(dueFromText('February 2020')).toBe('2020-02-29');
    expect(dueFromText('November Board')).toBeUndefined();
    expect(dueFromText(undefined)).toBeUndefined();
  });

  it('is not overdue on its due day', () => {
    expect(deriveActionStatus({ due: today }, [], today).overdue).toBe(false);
  });
});

describe('attendance', () => {
  const a = (person: string, group: Attendance['group'], extra: Partial<Attendance> = {}): Attendance => ({ person, group, remote: false, ...extra });
  const list = [a('p1', 'present'), a('p2', 'apologies'), a('p3', 'in-attendance'), a('p4', 'present', { arrived: '14:10' }), a('p5', 'absent')];

  it('groups as minutes print it, keeping order', () => {
    const g = groupAttendance(list);
    expect(g.present.map((x) => x.person)).toEqual(['p1', 'p4']);
    expect(g.inAttendance.map((x) => x.person)).toEqual(['p3']);
    expect(g.apologies.map((x) => x.person)).toEqual(['p2']);
    expect(g.absent.map((x) => x.person)).toEqual(['p5']);
  });

  it('describes late arrival, early leaving and remote attendance', () => {
    expect(attendanceQualifiers(a('x', 'present', { arrived: '14:10', left: '16:20', remote: true }))).toEqual([
      'arrived 14:10',
      'left 16:20',
      'attended remotely',
    ]);
    expect(attendanceQualifiers(a('x', 'present'))).toEqual([]);
  });

  it('counts participation across meetings', () => {
    const rows = participation([
      { date: '2020-02-01', attendance: [a('p1', 'present', { as: 'Chair' }), a('p2', 'apologies')] },
      { date: '2020-01-01', attendance: [a('p1', 'present', { as: 'Member' }), a('p2', 'present')] },
    ]);
    expect(rows).toEqual([
      { person: 'p1', present: 2, apologies: 0, capacities: ['Chair', 'Member'], lastSeen: '2020-02-01' },
      { person: 'p2', present: 1, apologies: 1, capacities: [], lastSeen: '2020-02-01' },
    ]);
  });
});

describe('UK dates and times', () => {
  it('formats dates the GOV.UK way', () => {
    expect(formatDate('2019-10-09')).toBe('9 October 2019');
    expect(formatLongDate('2016-01-26')).toBe('Tuesday 26 January 2016');
  });
  it('formats times', () => {
    expect(formatTime('15:00')).toBe('3pm');
    expect(formatTime('13:30')).toBe('1:30pm');
    expect(formatTime('12:00')).toBe('midday');
    expect(formatTime('09:05')).toBe('9:05am');
  });
  it('names financial years', () => {
    expect(financialYear('2023-03-31')).toBe('2022/23');
    expect(financialYear('2023-04-01')).toBe('2023/24');
  });
});

describe('action log pages', () => {
  const at = (date: string, status: 'open' | 'progressing' | 'completed' = 'open', overdue = false) => ({
    status,
    overdue,
    raised: { meeting: { data: { date } } },
  });
  const before = (date?: string) => ({ status: 'open' as const, overdue: false, raised: { before: true as const, date } });

  it('groups a body’s actions by year raised, newest first, undated ones last, keeping their order', () => {
    const a = at('2019-10-09'),
      b = at('2015-05-28'),
      c = at('2019-02-01'),
      d = before(),
      e = before('2014-12-01');
    const years = actionsByYear([a, b, c, d, e]);
    expect(years.map((y) => y.year)).toEqual(['2019', '2015', '2014', 'earlier']);
    expect(years[0]!.actions).toEqual([a, c]);
    expect(years[3]!.actions).toEqual([d]);
    expect(actionYear(e)).toBe('2014');
    expect([a, d, e].map(raisedDate)).toEqual(['2019-10-09', undefined, '2014-12-01']);
  });

  it('makes the log once: bodies without actions left out, counts per body and per year', () => {
    const log = actionLog([
      { body: 'board', actions: [at('2019-10-09', 'completed'), at('2019-01-24', 'open', true), at('2018-05-01')] },
      { body: 'panel', actions: [] },
    ]);
    expect(log.map((l) => l.body)).toEqual(['board']);
    expect(log[0]!.counts).toMatchObject({ total: 3, completed: 1, open: 2, overdue: 1 });
    expect(log[0]!.years.map((y) => [y.year, y.counts.total, y.counts.overdue])).toEqual([
      ['2019', 2, 1],
      ['2018', 1, 0],
    ]);
  });

  it('counts by status, overdue counted apart', () => {
    expect(countActions([at('2019-01-01', 'completed'), at('2019-01-01', 'open', true), at('2019-01-01', 'progressing', true)])).toEqual({
      total: 3,
      completed: 1,
      progressing: 1,
      open: 1,
      overdue: 2,
    });
  });
});

describe('lettered parts of an item', () => {
  it('order after their item and before the next, nest under it, and have plain anchors', () => {
    expect(['7', '6(b)', '6', '6(a)', '6.1'].sort(compareAgendaNumbers)).toEqual(['6', '6.1', '6(a)', '6(b)', '7']);
    expect(['X', 'IV(a)', 'IX', 'IV', 'V'].sort(compareAgendaNumbers)).toEqual(['IV', 'IV(a)', 'V', 'IX', 'X']);
    expect(['6(a)', 'IV(b)', 'FC23/101(c)'].map((n) => agendaNumber.safeParse(n).success)).toEqual([true, true, true]);
    expect(['6(A)', '6(ab)', '(a)', '6a)'].map((n) => agendaNumber.safeParse(n).success)).toEqual([false, false, false, false]);
    const tree = agendaTree([{ number: '6' }, { number: '6(a)' }, { number: '6(b)' }, { number: '7' }]);
    expect(tree.map((n) => [n.item.number, n.children.map((c) => c.item.number)])).toEqual([
      ['6', ['6(a)', '6(b)']],
      ['7', []],
    ]);
    expect(itemAnchor('6(a)')).toBe('item-6-a');
  });
});
