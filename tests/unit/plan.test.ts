import { afterEach, describe, expect, it } from 'vitest';
import { statusFromUpdate, mentionsDependencies } from '../../src/lib/derive/plan-status';
import { changesSince, countByThemeAndStatus } from '../../src/lib/derive/plan-changes';
import { statusTableRows } from '../../src/lib/plan/status-table';
import { csvField, toCsv } from '../../src/lib/format/csv';
import { buildArchive } from '../../src/lib/archive/build';
import { readContentFolder } from '../../src/lib/content/read-folder';
import { copyFixture, loadError, minimalFixture } from '../support/fixture';

describe('status from the wording of an update', () => {
  it("maps the reports' own words faithfully", () => {
    expect(statusFromUpdate('Activities completed. This now allows …')).toBe('complete');
    expect(statusFromUpdate('Activities completed Countywide bid …')).toBe('complete');
    expect(statusFromUpdate('Activities delivered. Business Crime Survey launched.')).toBe('complete');
    expect(statusFromUpdate('Completed. Activities have resulted in …')).toBe('complete');
    expect(statusFromUpdate('Activities ongoing. Business Community event …')).toBe('in-progress');
    expect(statusFromUpdate('Activities on-going.')).toBe('in-progress');
    expect(statusFromUpdate('Recruitment on hold whilst business model reviewed during Q2.')).toBe('on-hold');
    expect(statusFromUpdate('Activities not started. Activities scheduled to start Q3/4, 2022/23.')).toBe('not-started');
    expect(statusFromUpdate('Embedded into business as usual. Papers and minutes published …')).toBe('business-as-usual');
    expect(statusFromUpdate('Work is nearly complete.')).toBe('nearly-complete');
  });

  it('knows no status for other wording', () => {
    expect(statusFromUpdate('Activity ongoing.')).toBeUndefined();
    expect(statusFromUpdate('Initial engagement completed. Activities ongoing …')).toBeUndefined();
  });

  it('notices dependencies', () => {
    expect(mentionsDependencies('Other activities on-going. Dependencies identified.')).toBe(true);
    expect(mentionsDependencies('Activities ongoing.')).toBe(false);
  });
});

describe('what changed between reports', () => {
  it('finds new, changed, completed, taken off and no longer reported deliverables', () => {
    const changes = changesSince(
      [
        { deliverable: 'a', status: 'in-progress' },
        { deliverable: 'b', status: 'complete' },
        { deliverable: 'c', status: 'not-started' },
        { deliverable: 'd', status: 'in-progress' },
      ],
      [
        { deliverable: 'a', status: 'complete' },
        { deliverable: 'c', status: 'on-hold' },
        { deliverable: 'e', status: 'not-reported' },
      ],
    );
    expect(changes).toEqual({
      added: ['e'],
      changed: [
        { deliverable: 'a', from: 'in-progress', to: 'complete' },
        { deliverable: 'c', from: 'not-started', to: 'on-hold' },
      ],
      completed: ['a'],
      takenOff: ['b'],
      noLongerReported: ['d'],
    });
  });

  it('counts every status for every theme, zeros included', () => {
    const counts = countByThemeAndStatus(
      [
        { theme: 't1', status: 'complete' },
        { theme: 't1', status: 'complete' },
        { theme: 't2', status: 'not-reported' },
      ],
      ['t1', 't2', 't3'],
    );
    expect(counts.get('t1')).toMatchObject({ complete: 2, 'not-reported': 0 });
    expect(counts.get('t2')).toMatchObject({ 'not-reported': 1, complete: 0 });
    expect(Object.values(counts.get('t3')!).every((n) => n === 0)).toBe(true);
  });
});

describe('the Plan in the archive (synthetic fixture with two reports)', () => {
  const archive = buildArchive(readContentFolder(minimalFixture), { today: '2020-06-01' });
  const plan = archive.planById.get('test-plan')!;
  const deliverable = (id: string) => plan.deliverables.find((d) => d.id === id)!;

  it('keeps a timeline per deliverable, one entry per report', () => {
    expect(deliverable('street-lighting-review').history.map((h) => [h.report.data.date, h.status, h.target])).toEqual([
      ['2020-01-10', 'in-progress', 'Q4 2019/20'],
      ['2020-02-14', 'complete', undefined],
    ]);
    expect(deliverable('victim-helpline').history.map((h) => h.dependencies)).toEqual([true, false]);
    // Listed as new without an update: new in the report, its progress not reported.
    expect(deliverable('youth-forum').latest!.status).toBe('not-reported');
    expect(deliverable('youth-forum').newInLatestReport).toBe(true);
  });

  it('works out the changes of the second report', () => {
    expect(plan.reports[0]!.changes).toBeUndefined();
    expect(plan.reports[1]!.changes).toEqual({
      added: ['youth-forum'],
      changed: [
        { deliverable: 'street-lighting-review', from: 'in-progress', to: 'complete' },
        { deliverable: 'victim-helpline', from: 'not-started', to: 'on-hold' },
      ],
      completed: ['street-lighting-review'],
      takenOff: ['neighbourhood-newsletter'],
      noLongerReported: ['online-reporting'],
    });
  });

  it("makes status table rows from each deliverable's latest report", () => {
    const rows = statusTableRows(plan);
    expect(rows.map((r) => [r.deliverableId, r.status, r.lastUpdated, r.target])).toEqual([
      ['street-lighting-review', 'complete', '2020-02-14', 'Q4 2019/20'],
      ['neighbourhood-newsletter', 'complete', '2020-01-10', ''],
      ['victim-helpline', 'on-hold', '2020-02-14', ''],
      ['online-reporting', 'in-progress', '2020-01-10', ''],
      ['youth-forum', 'not-reported', '2020-02-14', ''],
    ]);
  });

  it('links each report to its paper and meeting', () => {
    expect(plan.reports.map((r) => r.meeting?.id)).toEqual(['test-board/2020-01-10', 'test-board/2020-02-14']);
    expect(archive.planReportByPaper.get('2020/plan-report-2020-02')).toBe(plan.reports[1]);
  });
});

describe('CSV', () => {
  it('quotes what needs quoting', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField(false)).toBe('false');
    expect(
      toCsv(
        [{ a: 1, b: 'x\ny' }],
        [
          { key: 'a', label: 'A' },
          { key: 'b', label: 'B' },
        ],
      ),
    ).toBe('a,b\r\n1,"x\ny"\r\n');
  });
});

describe('bad Plan content fails with file, field and fix', () => {
  let fixture: ReturnType<typeof copyFixture>;
  afterEach(() => fixture.remove());
  const expectProblem = (file: string, field: string, pattern: RegExp) => {
    const error = loadError(fixture.root);
    const p = error.problems.find((x) => x.file.endsWith(file) && x.field === field);
    expect(p, error.message).toBeDefined();
    expect(p!.message).toMatch(pattern);
  };

  it('an update whose wording states no known status', () => {
    fixture = copyFixture();
    fixture.edit('plan-reports/2020-01-10.yaml', (t) => t.replace('update: "Activities ongoing."', 'update: "Going well."'));
    expectProblem('plan-reports/2020-01-10.yaml', 'entries[3].update', /does not say its status.*add status:/);
  });

  it('an unknown status', () => {
    fixture = copyFixture();
    fixture.edit('plan-reports/2020-02-14.yaml', (t) => t.replace('section: new }', 'section: new, status: done }'));
    expectProblem('plan-reports/2020-02-14.yaml', 'entries[2].status', /expected one of: not-started, in-progress/);
  });

  it('an unknown theme', () => {
    fixture = copyFixture();
    fixture.edit('plans/test-plan.yaml', (t) => t.replace('theme: better-services, title: Youth forum', 'theme: better-service, title: Youth forum'));
    expectProblem('plans/test-plan.yaml', 'deliverables[4].theme', /no theme "better-service"/);
  });

  it('a report naming a deliverable the plan does not have', () => {
    fixture = copyFixture();
    fixture.edit('plan-reports/2020-02-14.yaml', (t) => t.replace('deliverable: youth-forum', 'deliverable: youth-forums'));
    expectProblem('plan-reports/2020-02-14.yaml', 'entries[2].deliverable', /no deliverable "youth-forums"/);
  });

  it('a report of an unknown plan or paper', () => {
    fixture = copyFixture();
    fixture.edit('plan-reports/2020-02-14.yaml', (t) => t.replace('plan: test-plan', 'plan: test-plans'));
    fixture.edit('plan-reports/2020-01-10.yaml', (t) => t.replace('paper: 2020/plan-report-2020-01', 'paper: 2020/no-such-report'));
    expectProblem('plan-reports/2020-02-14.yaml', 'plan', /no plan "test-plans"/);
    expectProblem('plan-reports/2020-01-10.yaml', 'paper', /no paper "2020\/no-such-report"/);
  });

  it('a target that is not a quarter', () => {
    fixture = copyFixture();
    fixture.edit('plan-reports/2020-01-10.yaml', (t) => t.replace('target: Q4 2019/20', 'target: Spring'));
    expectProblem('plan-reports/2020-01-10.yaml', 'entries[0].target', /quarter of a financial year/);
  });
});
