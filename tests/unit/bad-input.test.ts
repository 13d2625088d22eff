import { afterEach, describe, expect, it } from 'vitest';
import { buildArchive } from '../../src/lib/archive/build';
import { parseYaml, readContentFolder } from '../../src/lib/content/read-folder';
import type { ContentProblem } from '../../src/lib/content/errors';
import { copyFixture, loadError, minimalFixture, expectProblemIn } from '../support/fixture';

// Each case breaks one thing in a valid folder and checks the one message names the file,
// the field and what is expected.
const meeting = 'meetings/test-board/2020-01-10.yaml';
let fixture: ReturnType<typeof copyFixture>;
afterEach(() => fixture?.remove());

const expectProblem = (file: string, field: string, expected: RegExp) => expectProblemIn(fixture.root, file, field, expected).error;

describe('the valid fixture', () => {
  it('loads', () => {
    const archive = buildArchive(readContentFolder(minimalFixture), { today: '2020-06-01' });
    expect(archive.meetings).toHaveLength(2);
  });
});

describe('bad input fails with file, field and fix', () => {
  it('missing date', () => {
    fixture = copyFixture();
    fixture.edit(meeting, (t) => t.replace('date: 2020-01-10\n', ''));
    expectProblem(meeting, 'date', /date is required.*YYYY-MM-DD/);
  });

  it('impossible date', () => {
    fixture = copyFixture();
    fixture.edit(meeting, (t) => t.replace('date: 2020-01-10', 'date: 2019-02-30'));
    expectProblem(meeting, 'date', /real calendar date.*YYYY-MM-DD/);
  });

  it('date in the wrong format', () => {
    fixture = copyFixture();
    fixture.edit(meeting, (t) => t.replace('date: 2020-01-10', 'date: 10/01/2020'));
    expectProblem(meeting, 'date', /YYYY-MM-DD/);
  });

  it('unknown body', () => {
    fixture = copyFixture();
    fixture.edit(meeting, (t) => t.replace('body: test-board', 'body: test-bored'));
    expectProblem(meeting, 'body', /no body "test-bored".*"test-board"/);
  });

  it('action owner who is neither a person nor initials of an attendee', () => {
    fixture = copyFixture();
    fixture.edit(meeting, (t) => t.replace('owner: AE', 'owner: ZZ'));
    expectProblem(meeting, 'agenda[1] (item 2).actions[0].owner', /owner "ZZ" is not a person id, the initials of someone at this meeting \(AE, SS\)/);
  });

  it('initials of someone who sent apologies still resolve, unknown person ids do not', () => {
    fixture = copyFixture();
    fixture.edit(meeting, (t) => t.replace('owner: AE', 'owner: SS'));
    expect(() => buildArchive(readContentFolder(fixture.root), { today: '2020-06-01' })).not.toThrow();
    fixture.edit(meeting, (t) => t.replace('owner: SS', 'owner: nobody-known'));
    expectProblem(meeting, 'agenda[1] (item 2).actions[0].owner', /not a person id/);
  });

  it('duplicate agenda number in one meeting', () => {
    fixture = copyFixture();
    fixture.edit(meeting, (t) => t.replace('number: "2"', 'number: "1"'));
    expectProblem(meeting, 'agenda[1].number', /agenda number "1" is used 2 times/);
  });

  it('update to an action reference that was never raised', () => {
    fixture = copyFixture();
    fixture.edit('meetings/test-board/2020-02-14.yaml', (t) => t.replace('ref: "2/20"', 'ref: "9/20"'));
    expectProblem(
      'meetings/test-board/2020-02-14.yaml',
      'agenda[0] (item 1).actionUpdates[0].ref',
      /no action "9\/20" was raised by Test Board before 2020-02-14.*earlierActions/,
    );
  });

  it('update to an action raised at a later meeting', () => {
    fixture = copyFixture();
    // Move the update back to the meeting that raises it: an update must follow the action.
    fixture.edit(meeting, (t) => t.replace('ref: "1/19", status: progressing', 'ref: "2/20", status: progressing'));
    expectProblem(meeting, 'agenda[0] (item 1).actionUpdates[0].ref', /no action "2\/20" was raised by Test Board before 2020-01-10/);
  });

  it('exempt item without a reason', () => {
    fixture = copyFixture();
    fixture.edit(meeting, (t) => t.replace('    title: Performance\n', '    title: Performance\n    exempt: {}\n'));
    expectProblem(meeting, 'agenda[1].exempt.reason', /exempt item needs the reason/);
  });

  it('paper attached to a meeting that does not exist', () => {
    fixture = copyFixture();
    fixture.edit('papers/2020/performance-paper.md', (t) => t.replace('meeting: test-board/2020-01-10', 'meeting: test-board/2020-01-11'));
    expectProblem('papers/2020/performance-paper.md', 'meeting', /no meeting "test-board\/2020-01-11"/);
  });

  it('agenda item naming a paper that does not exist', () => {
    fixture = copyFixture();
    fixture.edit(meeting, (t) => t.replace('papers: [2020/performance-paper]', 'papers: [2020/no-such-paper]'));
    expectProblem(meeting, 'agenda[1] (item 2).papers[0]', /no paper "2020\/no-such-paper"/);
  });

  it('unknown field, with a hint', () => {
    fixture = copyFixture();
    fixture.edit(meeting, (t) => t.replace('start: "10:00"', 'start: "10:00"\nlocaton: Room 1'));
    expectProblem(meeting, 'locaton', /is not a field here: check the spelling/);
  });

  it('approval by a meeting that is not later', () => {
    fixture = copyFixture();
    fixture.edit(meeting, (t) => t.replace('approvedAt: test-board/2020-02-14', 'approvedAt: test-board/2020-01-10'));
    expectProblem(meeting, 'minutes.approvedAt', /not later than this meeting/);
  });

  it('broken YAML names the line', () => {
    fixture = copyFixture();
    fixture.edit(meeting, (t) => t.replace('status: held', 'status: held\n  bad: : indent'));
    const error = loadError(fixture.root);
    expect(error.message).toMatch(/2020-01-10\.yaml: line \d+: is not valid YAML/);
  });

  it('a key given twice names its line', () => {
    fixture = copyFixture();
    fixture.edit(meeting, (t) => t.replace('status: held', 'status: held\nstatus: cancelled'));
    const error = loadError(fixture.root);
    expect(error.message).toMatch(/2020-01-10\.yaml: line \d+: is not valid YAML: .*(duplicate|unique)/i);
  });

  it('a date in YAML stays the text as written, not a timestamp, so 2019-02-30 cannot roll over', () => {
    const problems: ContentProblem[] = [];
    expect(parseYaml('date: 2020-01-10\nwhen: 2019-02-30\n', 'x.yaml', problems)).toEqual({ date: '2020-01-10', when: '2019-02-30' });
    expect(problems).toEqual([]);
  });

  it('a file name that cannot be an address', () => {
    fixture = copyFixture();
    fixture.write('people/Bad Name.yaml', 'name: Bad\n');
    expectProblem('people/Bad Name.yaml', 'file name', /lower-case letters, digits and hyphens/);
  });

  it('response to a recommendation that does not exist', () => {
    fixture = copyFixture();
    fixture.edit('papers/2020/response-letter.md', (t) => t.replace('test-board/2020-01-10/publish-figures', 'test-board/2020-01-10/publish-figure'));
    expectProblem(
      'papers/2020/response-letter.md',
      'responses[0].recommendations[0]',
      /no recommendation "test-board\/2020-01-10\/publish-figure": expected "<meeting id>\/<recommendation id>"/,
    );
  });

  it('response dated before the recommendation was made', () => {
    fixture = copyFixture();
    fixture.edit('papers/2020/response-letter.md', (t) => t.replace('date: 2020-01-30', 'date: 2020-01-05'));
    expectProblem('papers/2020/response-letter.md', 'responses[0]', /dated 2020-01-05, before the recommendation .* was made \(2020-01-10\)/);
  });

  it('response given by someone unknown', () => {
    fixture = copyFixture();
    fixture.edit('papers/2020/response-letter.md', (t) => t.replace('by: sam-sample', 'by: sam-simple'));
    expectProblem('papers/2020/response-letter.md', 'responses[0].by', /no person "sam-simple"/);
  });

  it('recommendation made to no one we know', () => {
    fixture = copyFixture();
    fixture.edit(meeting, (t) => t.replace('to: opcc', 'to: the-opcc'));
    expectProblem(meeting, 'agenda[1] (item 2).recommendations[0].to', /"the-opcc" is not a person id .* or an organisation id from organisation.yaml \(opcc/);
  });

  it('two recommendations of one meeting with the same id', () => {
    fixture = copyFixture();
    fixture.edit(meeting, (t) => t.replace('id: review-targets', 'id: publish-figures'));
    expectProblem(meeting, 'agenda[1] (item 2).recommendations[1].id', /id "publish-figures" is used twice in this meeting/);
  });

  it('decision naming someone unknown', () => {
    fixture = copyFixture();
    fixture.edit('meetings/test-board/2020-02-14.yaml', (t) => t.replace('people: [sam-sample]', 'people: [sam-sampel]'));
    expectProblem('meetings/test-board/2020-02-14.yaml', 'agenda[0] (item 1).decisions[0].people[0]', /no person "sam-sampel"/);
  });

  describe('topic entries that point nowhere', () => {
    const topic = 'topics/performance-reporting.yaml';
    const cases: [string, (t: string) => string, string, RegExp][] = [
      [
        'meeting',
        (t) => t.replace('meeting: test-board/2020-01-10', 'meeting: test-board/2020-01-11'),
        'entries[1].meeting',
        /no meeting "test-board\/2020-01-11"/,
      ],
      ['item', (t) => t.replace('item: "2"', 'item: "7"'), 'entries[1].item', /meeting "test-board\/2020-01-10" has no agenda item "7"/],
      ['action', (t) => t.replace('action: "1/19"', 'action: "1/18"'), 'entries[2].action', /no action "1\/18" of "test-board"/],
      [
        'recommendation',
        (t) => t.replace('recommendation: test-board/2020-01-10/publish-figures', 'recommendation: test-board/2020-01-10/publish'),
        'entries[3].recommendation',
        /no recommendation "test-board\/2020-01-10\/publish"/,
      ],
      ['paper', (t) => t.replace('paper: 2020/response-letter', 'paper: 2020/response'), 'entries[0].paper', /no paper "2020\/response"/],
      [
        'two things at once',
        (t) => t.replace('  - paper: 2020/response-letter\n', '  - paper: 2020/response-letter\n    meeting: test-board/2020-01-10\n'),
        'entries[0]',
        /expected only one of meeting, paper/,
      ],
      ['an action without its body', (t) => t.replace('    body: test-board\n', ''), 'entries[2].body', /an action needs the body that raised it/],
    ];
    for (const [what, change, field, message] of cases) {
      it(what, () => {
        fixture = copyFixture();
        fixture.edit(topic, change);
        expectProblem(topic, field, message);
      });
    }
  });

  it('reports every problem at once', () => {
    fixture = copyFixture();
    fixture.edit(meeting, (t) => t.replace('date: 2020-01-10', 'date: 2020-13-01').replace('start: "10:00"', 'start: "25:00"'));
    fixture.edit('papers/2020/performance-paper.md', (t) => t.replace('kind: performance', 'kind: memo'));
    const error = loadError(fixture.root);
    expect(error.problems).toHaveLength(3);
    expect(error.message).toMatch(/2020-01-10\.yaml: start: expected a 24-hour time/);
    expect(error.message).toMatch(/performance-paper\.md: kind: expected one of: report/);
  });
});
