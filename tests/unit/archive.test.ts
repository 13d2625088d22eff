import { afterEach, describe, expect, it } from 'vitest';
import { buildArchive } from '../../src/lib/archive/build';
import { readContentFolder } from '../../src/lib/content/read-folder';
import { copyFixture, minimalFixture } from '../support/fixture';

const load = (root = minimalFixture, today = '2020-06-01') => buildArchive(readContentFolder(root), { today });
let fixture: ReturnType<typeof copyFixture> | undefined;
afterEach(() => fixture?.remove());

describe('archive', () => {
  it('follows actions from meeting to meeting', () => {
    const { actions } = load();
    const byRef = new Map(actions.map((a) => [a.ref, a]));
    expect(byRef.get('1/19')).toMatchObject({ status: 'completed', overdue: false });
    expect(byRef.get('1/19')!.updates.map((u) => u.status)).toEqual(['progressing', 'completed']);
    expect(byRef.get('2/20')).toMatchObject({ status: 'completed', overdue: false });
    expect(byRef.get('3/20')).toMatchObject({ status: 'open', overdue: true, currentDue: '2020-01-20' });
    expect(load(minimalFixture, '2020-01-15').actions.find((a) => a.ref === '3/20')!.overdue).toBe(false);
  });

  it('resolves owners from initials of attendees and from organisations', () => {
    const { actions } = load();
    const owner = (ref: string) => actions.find((a) => a.ref === ref)!.owner;
    expect(owner('2/20')).toMatchObject({ kind: 'person', as: 'AE' });
    expect(owner('2/20')).toMatchObject({ person: { id: 'alex-example' } });
    expect(owner('3/20')).toEqual({ kind: 'organisation', id: 'opcc', name: 'Office of the Police and Crime Commissioner' });
  });

  it('links approved minutes to the meeting that approved them, both ways', () => {
    const { meetingById } = load();
    const first = meetingById.get('test-board/2020-01-10')!;
    const second = meetingById.get('test-board/2020-02-14')!;
    expect(first.approvedAt).toBe(second);
    expect(second.approves).toEqual([first]);
    expect(first.next).toBe(second);
    expect(second.previous).toBe(first);
  });

  it('records what each person attended, sent apologies for and owns', () => {
    const { personActivity } = load();
    const sam = personActivity.get('sam-sample')!;
    expect(sam.attended.map((x) => x.meeting.id)).toEqual(['test-board/2020-02-14']);
    expect(sam.apologies.map((x) => x.meeting.id)).toEqual(['test-board/2020-01-10']);
    expect(personActivity.get('alex-example')!.actions.map((a) => a.ref)).toEqual(['2/20']);
  });

  it('withholds everything of an exempt item but its number, title and reason', () => {
    fixture = copyFixture();
    fixture.edit('meetings/test-board/2020-01-10.yaml', (t) =>
      t.replace('    title: Performance\n', '    title: Performance\n    exempt: { reason: Commercial in Confidence }\n'),
    );
    // The Plan's report sits under the same item; moved, so that the Plan (which needs a published report) still builds.
    fixture.edit('papers/2020/plan-report-2020-01.md', (t) => t.replace('item: "2"', 'item: "1"'));
    const { meetingById, actions, papers } = load(fixture.root);
    const item = meetingById.get('test-board/2020-01-10')!.items.find((i) => i.number === '2')!;
    // Exactly these fields: nothing else of the item is carried, whatever the schema gains later.
    expect(item).toEqual({ number: '2', title: 'Performance', anchor: 'item-2', exempt: { reason: 'Commercial in Confidence' } });
    // Its actions are out of the log, and its paper (listed under it, and pointing at it) is withheld with it.
    expect(actions.map((a) => a.ref)).toEqual(['1/19']);
    expect(papers.map((p) => p.id)).not.toContain('2020/performance-paper');
  });

  it('publishes nothing of draft minutes but the meeting itself', () => {
    fixture = copyFixture();
    fixture.edit('meetings/test-board/2020-02-14.yaml', (t) => t.replace('minutes: { status: approved }', 'minutes: { status: draft }'));
    // Its paper is withheld with it, so the Plan report that is that paper goes too.
    fixture.delete('plan-reports/2020-02-14.yaml');
    fixture.edit('meetings/test-board/2020-01-10.yaml', (t) =>
      t.replace('minutes: { status: approved, approvedAt: test-board/2020-02-14 }', 'minutes: { status: approved }'),
    );
    const { meetingById, actions } = load(fixture.root);
    const draft = meetingById.get('test-board/2020-02-14')!;
    expect(draft).toMatchObject({ withheld: true, items: [], attendance: [] });
    // Updates recorded only in draft minutes do not count yet.
    expect(actions.find((a) => a.ref === '2/20')).toMatchObject({ status: 'open', overdue: true });
  });

  it('never publishes an exempt paper', () => {
    fixture = copyFixture();
    fixture.edit('papers/2020/performance-paper.md', (t) => t.replace('kind: performance', 'kind: performance\nexempt: { reason: Schedule 12A paragraph 3 }'));
    const { papers, meetingById } = load(fixture.root);
    expect(papers.map((p) => p.id)).not.toContain('2020/performance-paper');
    expect(meetingById.get('test-board/2020-01-10')!.items.find((i) => i.number === '2')).toMatchObject({ papers: [], withheldPapers: 1 });
  });
});
