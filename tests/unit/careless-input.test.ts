import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildArchive } from '../../src/lib/archive/build';
import { readContentFolder } from '../../src/lib/content/read-folder';
import { copyFixture, expectProblemIn } from '../support/fixture';

// Input that a careless export or a hostile hand could put in a content folder. Each used to pass
// the check unseen (or crash it); each must now stop it with the file, the field or line, and the fix.
const meeting = 'meetings/test-board/2020-01-10.yaml';
let fixture: ReturnType<typeof copyFixture>;
afterEach(() => fixture?.remove());

const expectProblem = (file: string, field: string, expected: RegExp) => expectProblemIn(fixture.root, file, field, expected).problem;
const loads = (root: string) => buildArchive(readContentFolder(root), { today: '2020-06-01' });
const write = (file: string, bytes: Buffer | string) => writeFileSync(path.join(fixture.root, file), bytes);

describe('two files with one id', () => {
  it('x.yaml and x.yml', () => {
    fixture = copyFixture();
    fixture.write('people/alex-example.yml', 'name: Alex Other\n');
    expectProblem('people/alex-example.yaml', 'file name', /people\/alex-example\.yml .*same id "alex-example".*keep one/);
  });

  it('x.md and x.mdx', () => {
    fixture = copyFixture();
    fixture.write('papers/2020/performance-paper.mdx', '---\ntitle: Other\ndate: 2020-01-10\nkind: report\n---\nText.\n');
    expectProblem('papers/2020/performance-paper.md', 'file name', /performance-paper\.mdx .*same id "2020\/performance-paper"/);
  });

  it('organisation.yaml and organisation.yml', () => {
    fixture = copyFixture();
    fixture.write('organisation.yml', 'name: Other\n');
    expectProblem('organisation.yaml', 'file name', /organisation\.yml/);
  });
});

describe('empty files', () => {
  it('a 0-byte meeting', () => {
    fixture = copyFixture();
    fixture.write('meetings/test-board/2020-03-13.yaml', '');
    expectProblem('meetings/test-board/2020-03-13.yaml', '', /is empty/);
  });

  it('a person of blank lines and comments only', () => {
    fixture = copyFixture();
    fixture.write('people/nobody.yaml', '# to do\n\n   \n');
    expectProblem('people/nobody.yaml', '', /holds no fields/);
  });

  it('an empty organisation.yaml', () => {
    fixture = copyFixture();
    fixture.write('organisation.yaml', '\n');
    expectProblem('organisation.yaml', '', /is empty/);
  });

  it('a 0-byte paper, and a paper with empty frontmatter', () => {
    fixture = copyFixture();
    fixture.write('papers/2020/blank.md', '');
    fixture.write('papers/2020/no-fields.md', '---\n# nothing yet\n---\nSome text.\n');
    expectProblem('papers/2020/blank.md', '', /is empty/);
    expectProblem('papers/2020/no-fields.md', 'frontmatter', /holds no fields/);
  });
});

describe('files in the wrong place', () => {
  it('a person in a sub-folder of people/', () => {
    fixture = copyFixture();
    fixture.mkdir('people/old');
    fixture.write('people/old/pat-past.yaml', 'name: Pat Past\n');
    expectProblem('people/old/pat-past.yaml', 'file name', /people\/pat-past\.yaml/);
  });

  it('a topic in a sub-folder of topics/', () => {
    fixture = copyFixture();
    fixture.mkdir('topics/2020');
    fixture.write('topics/2020/other.yaml', 'title: Other\nentries: []\n');
    expectProblem('topics/2020/other.yaml', 'file name', /topics\/other\.yaml/);
  });

  const wrongExtensions: [string, string, RegExp][] = [
    ['papers/2020/notes.yaml', 'name: x\n', /papers\/ reads \.md and \.mdx files/],
    ['meetings/test-board/2020-03-13.md', '---\ntitle: x\n---\n', /meetings\/ reads \.yaml and \.yml files/],
    ['people/someone.json', '{"name": "x"}', /people\/ reads \.yaml and \.yml files/],
    ['papers/2020/notes.markdown', '---\ntitle: x\n---\n', /rename it .*notes\.md/],
  ];
  for (const [file, text, message] of wrongExtensions) {
    it(`a file a collection does not read: ${file}`, () => {
      fixture = copyFixture();
      fixture.write(file, text);
      expectProblem(file, 'file name', message);
    });
  }

  it('a folder Scrutiny does not read, with the likely name', () => {
    fixture = copyFixture();
    fixture.mkdir('meeting/test-board');
    fixture.write('meeting/test-board/2020-03-13.yaml', 'body: test-board\n');
    expectProblem('meeting', '', /is not a folder Scrutiny reads.*did you mean meetings\//);
  });

  it('a stray file at the top, with the likely name', () => {
    fixture = copyFixture();
    fixture.write('organization.yaml', 'name: x\n');
    expectProblem('organization.yaml', '', /did you mean organisation\.yaml/);
  });

  it('names starting with . or _ and README files are left alone', () => {
    fixture = copyFixture();
    fixture.mkdir('_import');
    fixture.write('_import/report.md', 'anything');
    fixture.write('.editorconfig', 'root = true\n');
    fixture.write('README.md', '# Our content\n');
    fixture.write('papers/README.md', 'Papers go in a folder per year.\n');
    fixture.write('people/_template.yaml', '');
    expect(() => loads(fixture.root)).not.toThrow();
  });
});

describe('text that is not clean UTF-8', () => {
  it('Windows-1252 text names the line and says to save as UTF-8', () => {
    fixture = copyFixture();
    // "Alex’s" with the Windows-1252 apostrophe, byte 0x92, on line 3.
    write(
      'people/alex-example.yaml',
      Buffer.concat([Buffer.from('# SYNTHETIC TEST DATA\nname: Alex Example\nnote: Alex'), Buffer.from([0x92]), Buffer.from('s note\n')]),
    );
    expectProblem('people/alex-example.yaml', 'line 3', /not UTF-8.*save it as UTF-8/);
  });

  it('a UTF-8 byte order mark is fine', () => {
    fixture = copyFixture();
    fixture.edit(meeting, (t) => `\uFEFF${t}`);
    fixture.edit('papers/2020/performance-paper.md', (t) => `\uFEFF${t}`);
    expect(() => loads(fixture.root)).not.toThrow();
  });

  const controls: [string, string, RegExp][] = [
    ['\u0001', 'U+0001', /U\+0001/],
    ['\u000B', 'vertical tab', /U\+000B, a vertical tab, often left by a Word export/],
    ['\u000C', 'form feed', /U\+000C, a form feed.*Word export/],
    ['\u001B', 'escape', /U\+001B/],
    ['\u007F', 'DEL', /U\+007F/],
    ['\u0085', 'a C1 control', /U\+0085/],
    ['\uFFFE', 'U+FFFE', /U\+FFFE/],
    ['\uFFFF', 'U+FFFF', /U\+FFFF/],
  ];
  for (const [char, name, message] of controls) {
    it(`a control character (${name}) names the file, the line and the character`, () => {
      fixture = copyFixture();
      fixture.edit(meeting, (t) => t.replace('minutes: The Board discussed performance.', `minutes: The Board discussed${char} performance.`));
      const line = `line ${readLine(fixture.root, meeting, 'The Board discussed')}`;
      const problem = expectProblem(meeting, line, message);
      expect(problem.message).toMatch(/delete it|remove it/);
    });
  }

  it('a control character in a paper body is found too', () => {
    fixture = copyFixture();
    fixture.edit('papers/2020/performance-paper.md', (t) => t.replace('A synthetic paper', 'A synthetic\u000Cpaper'));
    expectProblem('papers/2020/performance-paper.md', 'line 9', /U\+000C/);
  });

  it('CRLF and lone CR are line breaks, read as LF', () => {
    fixture = copyFixture();
    fixture.edit(meeting, (t) =>
      t.replace('minutes: The Board discussed performance.', 'minutes: |\n      First line.\n      Second line.').replace(/\n/g, '\r\n'),
    );
    fixture.edit('meetings/test-board/2020-02-14.yaml', (t) => t.replace(/\n/g, '\r'));
    fixture.edit('papers/2020/performance-paper.md', (t) => t.replace('A synthetic paper', 'First paragraph.\n\nA synthetic paper').replace(/\n/g, '\r\n'));
    const archive = loads(fixture.root);
    const first = archive.meetingById.get('test-board/2020-01-10')!;
    const item = first.items.find((i) => i.number === '2')!;
    expect(!item.exempt && item.minutes).toBe('First line.\nSecond line.');
    expect(archive.paperById.get('2020/performance-paper')!.markdown).toBe('First paragraph.\n\nA synthetic paper used by the tests.\n');
    const second = archive.meetingById.get('test-board/2020-02-14')!;
    expect(!second.withheld && second.data.printedHeader).toBe('TEST BOARD\nMINUTES OF THE MEETING\nDate: Friday 14th February 2020');
  });
});

describe('symbolic links', () => {
  let outside: string | undefined;
  afterEach(() => {
    if (outside) rmSync(outside, { recursive: true, force: true });
    outside = undefined;
  });

  it('a link that loops', () => {
    fixture = copyFixture();
    symlinkSync('loop.yaml', path.join(fixture.root, 'people/loop.yaml'));
    expectProblem('people/loop.yaml', '', /symbolic link.*loop/);
  });

  it('a folder link back to its own folder', () => {
    fixture = copyFixture();
    symlinkSync('..', path.join(fixture.root, 'papers/2020/again'));
    expectProblem('papers/2020/again', '', /symbolic link.*loop/);
  });

  it('a link to nothing', () => {
    fixture = copyFixture();
    symlinkSync('gone.yaml', path.join(fixture.root, 'people/dangling.yaml'));
    expectProblem('people/dangling.yaml', '', /symbolic link to .*gone\.yaml.*does not exist/);
  });

  it('a link out of the content folder is refused, even to a valid file', () => {
    fixture = copyFixture();
    outside = mkdtempSync(path.join(tmpdir(), 'scrutiny-outside-'));
    writeFileSync(path.join(outside, 'person.yaml'), 'name: Someone Else\n');
    symlinkSync(path.join(outside, 'person.yaml'), path.join(fixture.root, 'people/someone-else.yaml'));
    symlinkSync('/etc/passwd', path.join(fixture.root, 'people/passwd.yaml'));
    expectProblem('people/someone-else.yaml', '', /outside the content folder/);
    expectProblem('people/passwd.yaml', '', /outside the content folder/);
  });

  it('a link inside the content folder is read like the file', () => {
    fixture = copyFixture();
    fixture.mkdir('_shared');
    fixture.write('_shared/pat.yaml', 'name: Pat Shared\n');
    symlinkSync('../_shared/pat.yaml', path.join(fixture.root, 'people/pat-shared.yaml'));
    expect(loads(fixture.root).personById.get('pat-shared')?.data.name).toBe('Pat Shared');
  });

  it('a content folder that is itself a link is read', () => {
    fixture = copyFixture();
    const parent = mkdtempSync(path.join(tmpdir(), 'scrutiny-link-'));
    outside = parent;
    symlinkSync(fixture.root, path.join(parent, 'content'));
    expect(() => loads(path.join(parent, 'content'))).not.toThrow();
  });
});

describe('addresses', () => {
  it('baseUrl must be http(s)', () => {
    fixture = copyFixture();
    fixture.edit('organisation.yaml', (t) => t.replace('baseUrl: https://test.scrutiny.example', 'baseUrl: "javascript:alert(1)"'));
    expectProblem('organisation.yaml', 'baseUrl', /https:\/\//);
  });

  it('licence.url must be http(s)', () => {
    fixture = copyFixture();
    fixture.write('organisation.yaml', `${readText(fixture.root, 'organisation.yaml')}licence: { name: Ours, url: "javascript:alert(1)" }\n`);
    expectProblem('organisation.yaml', 'licence.url', /https:\/\//);
  });
});

describe('meetings that contradict themselves', () => {
  it('end before start', () => {
    fixture = copyFixture();
    fixture.edit(meeting, (t) => t.replace('start: "10:00"', 'start: "10:00"\nend: "09:30"'));
    expectProblem(meeting, 'end', /09:30 is before the start, 10:00/);
  });

  it('the next meeting ends before it starts', () => {
    fixture = copyFixture();
    fixture.edit(meeting, (t) => `${t}nextMeeting: { date: 2020-02-14, start: "14:00", end: "13:00" }\n`);
    expectProblem(meeting, 'nextMeeting.end', /13:00 is before the start, 14:00/);
  });

  it('a file name whose date is not the meeting date', () => {
    fixture = copyFixture();
    fixture.edit('meetings/test-board/2020-02-14.yaml', (t) => t.replace('date: 2020-02-14', 'date: 2020-02-15'));
    expectProblem('meetings/test-board/2020-02-14.yaml', 'date', /2020-02-15.*file name.*2020-02-14/);
  });

  it('a meeting in the folder of another body', () => {
    fixture = copyFixture();
    fixture.write('bodies/other-board.yaml', 'name: Other Board\nkind: board\n');
    fixture.write('meetings/test-board/2020-03-13.yaml', 'body: other-board\ndate: 2020-03-13\nstatus: held\n');
    expectProblem('meetings/test-board/2020-03-13.yaml', 'body', /meetings\/test-board\/.*"other-board".*meetings\/other-board\//);
  });
});

function readText(root: string, file: string): string {
  return readFileSync(path.join(root, file), 'utf8');
}

function readLine(root: string, file: string, needle: string): number {
  return (
    readText(root, file)
      .split('\n')
      .findIndex((l) => l.includes(needle)) + 1
  );
}
