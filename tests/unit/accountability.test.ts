import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../src/lib/archive/build';
import { readContentFolder } from '../../src/lib/content/read-folder';
import { attendanceSummary } from '../../src/lib/derive/attendance-summary';
import { deriveRecommendationStatus } from '../../src/lib/derive/recommendation-status';
import { registerByBodyAndYear } from '../../src/lib/derive/register';
import type { Attendance } from '../../src/schemas';
import { minimalFixture } from '../support/fixture';

describe('recommendation status', () => {
  const today = '2022-10-01';
  it('awaits a response when made to someone and none is published', () => {
    expect(deriveRecommendationStatus({ addressed: true }, [], today)).toBe('awaiting-response');
  });
  it('seeks none when made to no one outside the body', () => {
    expect(deriveRecommendationStatus({ addressed: false }, [], today)).toBe('no-response-sought');
  });
  it('does not count a response dated after the day the site is built for', () => {
    expect(deriveRecommendationStatus({ addressed: true }, [{ date: '2022-10-02', outcome: 'implemented' }], today)).toBe('awaiting-response');
    expect(deriveRecommendationStatus({ addressed: true }, [{ date: '2022-10-01', outcome: 'implemented' }], today)).toBe('implemented');
  });
  it('is "response received" when no response states an outcome', () => {
    expect(deriveRecommendationStatus({ addressed: true }, [{ date: '2022-09-01' }], today)).toBe('responded');
  });
  it('takes the latest stated outcome, by date, whatever order the responses are listed in', () => {
    const responses = [
      { date: '2022-09-20', outcome: 'implemented' as const },
      { date: '2022-09-01', outcome: 'accepted' as const },
    ];
    expect(deriveRecommendationStatus({ addressed: true }, responses, today)).toBe('implemented');
    expect(deriveRecommendationStatus({ addressed: true }, responses, '2022-09-10')).toBe('accepted');
  });
  it('keeps a stated outcome when a later response states none', () => {
    expect(deriveRecommendationStatus({ addressed: true }, [{ date: '2022-09-01', outcome: 'not-accepted' }, { date: '2022-09-20' }], today)).toBe(
      'not-accepted',
    );
  });
});

describe('attendance summary per member', () => {
  const a = (person: string, group: Attendance['group'], extra: Partial<Attendance> = {}): Attendance => ({ person, group, remote: false, ...extra });
  const meetings = [
    { date: '2022-01-10', attendance: [a('ann', 'present'), a('bob', 'apologies'), a('sub', 'present', { substituteFor: 'bob' })] },
    { date: '2022-02-10', attendance: [a('ann', 'in-attendance', { remote: true }), a('bob', 'present')] },
    { date: '2022-03-10', attendance: [a('bob', 'present')] },
    // Known only from its agenda: says nothing about who came.
    { date: '2022-04-10', attendance: [] },
  ];
  const rows = attendanceSummary(
    [
      { person: 'ann', role: 'chair' },
      { person: 'bob', role: 'member', from: '2022-01-01', to: '2022-02-28' },
      { person: 'sub', role: 'substitute' },
    ],
    meetings,
  );
  const row = (p: string) => rows.find((r) => r.person === p)!;

  it('counts expected, present, apologies and absent over meetings with attendance recorded', () => {
    expect(row('ann')).toMatchObject({ expected: 3, present: 2, apologies: 0, absent: 1, substituted: 0 });
  });
  it('counts only the meetings within a membership', () => {
    expect(row('bob')).toMatchObject({ expected: 2, present: 1, apologies: 1, absent: 0 });
  });
  it('records who stood in for a member, and how often', () => {
    expect(row('bob')).toMatchObject({ substituted: 1, substitutes: ['sub'] });
  });
  it('expects no attendance of a substitute, and counts what they attended in a member’s place', () => {
    expect(row('sub')).toMatchObject({ expected: 0, present: 1, asSubstitute: 1, absent: 0 });
  });
  it('keeps the membership order', () => {
    expect(rows.map((r) => r.person)).toEqual(['ann', 'bob', 'sub']);
  });
});

describe('register by body and year', () => {
  it('puts the newest year first, keeps order within a year and drops bodies with nothing', () => {
    const register = registerByBodyAndYear(
      [
        { body: 'a', records: ['2019-05-01', '2020-01-01', '2019-06-01'] },
        { body: 'b', records: [] },
      ],
      (d) => d,
    );
    expect(register).toHaveLength(1);
    expect(register[0]!.years).toEqual([
      { year: '2020', records: ['2020-01-01'] },
      { year: '2019', records: ['2019-05-01', '2019-06-01'] },
    ]);
  });
});

describe('the accountability trail in the archive', () => {
  const archive = buildArchive(readContentFolder(minimalFixture), { today: '2020-06-01' });
  const rec = (id: string) => archive.recommendationByKey.get(`test-board/2020-01-10/${id}`)!;

  it('links a recommendation and its response both ways', () => {
    const r = rec('publish-figures');
    expect(r.responses.map((x) => [x.paper.id, x.anchor])).toEqual([['2020/response-letter', 'response-1']]);
    const paper = archive.paperById.get('2020/response-letter')!;
    expect(paper.responses[0]!.recommendations).toEqual([r]);
    expect(paper.responses[0]!.by?.id).toBe('sam-sample');
    expect(r.status).toBe('accepted');
  });

  it('derives each status from the responses published by the build day', () => {
    expect(rec('review-targets').status).toBe('awaiting-response');
    expect(rec('2-3').status).toBe('no-response-sought');
    const earlier = buildArchive(readContentFolder(minimalFixture), { today: '2020-01-20' });
    const before = earlier.recommendationByKey.get('test-board/2020-01-10/publish-figures')!;
    expect(before.status).toBe('awaiting-response');
    expect(before.responses).toEqual([]);
  });

  it('names a recommendation without an id by its item and position, and resolves who it is made to', () => {
    expect(rec('2-3').text).toBe('To keep the paper on the agenda.');
    expect(rec('publish-figures').to).toMatchObject({ kind: 'organisation', id: 'opcc' });
    expect(rec('review-targets').to).toMatchObject({ kind: 'person' });
  });

  it('registers every decision with its anchor, flag and the people it names', () => {
    expect(archive.decisions.map((d) => [d.meeting.id, d.anchor, d.significant])).toEqual([
      ['test-board/2020-01-10', 'decision-2-1', false],
      ['test-board/2020-01-10', 'decision-2-2', false],
      ['test-board/2020-02-14', 'decision-1-1', true],
    ]);
    expect(archive.decisions[2]!.people.map((p) => p.id)).toEqual(['sam-sample']);
    expect(archive.decisionRegister.map((b) => [b.body.id, b.years.map((y) => y.year)])).toEqual([['test-board', ['2020']]]);
  });

  it('gives each person the recommendations and decisions they are part of', () => {
    const sam = archive.personActivity.get('sam-sample')!;
    // Sent apologies to the meeting that made them, but answered one and was asked to answer another.
    expect(sam.recommendations.map((r) => r.id)).toEqual(['publish-figures', 'review-targets']);
    // Named in a decision of 10 January, when they sent apologies, and appointed on 14 February.
    expect(sam.decisions.map((d) => [d.meeting.data.date, d.anchor])).toEqual([
      ['2020-01-10', 'decision-2-2'],
      ['2020-02-14', 'decision-1-1'],
    ]);
    // The chair at both meetings, named by no recommendation or decision: credited with none.
    const alex = archive.personActivity.get('alex-example')!;
    expect(alex.attended).toHaveLength(2);
    expect(alex.recommendations).toEqual([]);
    expect(alex.decisions).toEqual([]);
  });

  it('puts a topic in date order, undated steps first, and indexes it both ways', () => {
    const topic = archive.topics[0]!;
    expect(topic.steps.map((s) => [s.kind, s.date])).toEqual([
      ['action', undefined],
      ['meeting', '2020-01-10'],
      ['recommendation', '2020-01-10'],
      ['paper', '2020-01-30'],
    ]);
    expect(archive.topicsByRef.get('item:test-board/2020-01-10#2')).toEqual([topic]);
    expect(archive.topicsByRef.get('recommendation:test-board/2020-01-10/publish-figures')).toEqual([topic]);
    expect(archive.topicsByRef.get('paper:2020/response-letter')).toEqual([topic]);
  });
});

describe('withheld parts of the trail', () => {
  const archive = buildArchive(readContentFolder(path.resolve('tests/fixtures/leak')), { today: '2020-06-01' });

  it('publishes no recommendation or decision of an exempt item or draft minutes', () => {
    expect(archive.recommendations.map((r) => r.key)).toEqual(['test-board/2020-01-10/publish-figures']);
    expect(archive.decisions).toEqual([]);
  });

  it('does not count a response in an exempt paper', () => {
    expect(archive.recommendations[0]!.status).toBe('awaiting-response');
    expect(archive.recommendations[0]!.responses).toEqual([]);
  });

  it('leaves withheld steps out of a topic', () => {
    expect(archive.topics[0]!.steps.map((s) => [s.kind, s.date])).toEqual([['meeting', '2020-01-10']]);
  });
});
