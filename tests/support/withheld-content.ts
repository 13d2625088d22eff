import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { agendaItemSchema, meetingSchema, paperSchema } from '../../src/schemas';
import { fill, OMIT, showPath, type FieldPath, type FillOptions } from './schema-fill';

/**
 * SYNTHETIC TEST CONTENT. A content folder whose withheld parts are made by walking the schemas:
 * every string field of a draft meeting, an exempt agenda item and each kind of withheld paper,
 * at every depth, holds a word of its own ending in CANARY. None may reach any output. The few
 * fields the publication rule does publish of a withheld thing (a draft meeting's place, an
 * exempt item's title, reason and public note) hold a PUBLICMARK word instead, which must reach
 * the output, so that the test is seen to look in the right places.
 */
export interface WithheldContent {
  files: Record<string, string>;
  /** Each canary word, and the entity and field it was put in. */
  canaries: Map<string, string>;
  /** Words that must be published. */
  published: Map<string, string>;
}

export interface Variation {
  /** Whether an optional field of a withheld entity is given (default: all). */
  include?: (entity: string, path: FieldPath) => boolean;
  /** Elements per array in a withheld entity (default 2). */
  length?: (entity: string, path: FieldPath) => number;
}

const letters = (n: number) => {
  let s = '';
  do {
    s = String.fromCharCode(65 + (n % 26)) + s;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return s;
};

const EXEMPT_MEETING = 'test-board/2020-03-13';
const DRAFT_MEETING = 'test-board/2020-04-17';
/** Paper ids, each withheld for one reason; the id itself is a canary word too. */
export const withheldPaperIds = {
  exempt: '2020/exempt-paper-idexemptcanary',
  exemptMdx: '2020/exempt-mdx-paper-idmdxcanary',
  listedUnderExemptItem: '2020/listed-under-exempt-item-idlistedcanary',
  pointingAtExemptItem: '2020/pointing-at-exempt-item-idpointingcanary',
  ofDraftMeeting: '2020/of-draft-meeting-iddraftcanary',
  listedInDraftMinutes: '2020/listed-in-draft-minutes-iddraftlistedcanary',
} as const;

export function withheldContent(variation: Variation = {}): WithheldContent {
  const canaries = new Map<string, string>();
  const published = new Map<string, string>();
  let n = 0;
  const word = (kind: 'LEAK' | 'PUBLICMARK', where: string) => {
    const w = kind === 'LEAK' ? `LEAK${letters(n++)}CANARY` : `PUBLICMARK${letters(n++)}`;
    (kind === 'LEAK' ? canaries : published).set(w, where);
    return w;
  };
  const generic = (p: FieldPath) => showPath(p).replace(/\[\d+\]/g, '[]');
  /** Lists the public content refers into (an action updated later, recommendations a topic names), always given whole. */
  const whole = ['actions', 'recommendations', 'agenda', 'agenda[].recommendations'];
  /** `given`: optional fields that make the entity what it is (its `exempt`), never left out. */
  const walk = (entity: string, schema: Parameters<typeof fill>[0], override: (p: FieldPath, at: string) => unknown, given: string[] = []) => {
    const options: FillOptions = {
      text: (p) => word('LEAK', `${entity}: ${showPath(p)}`),
      override: (p) => override(p, generic(p)),
      include: variation.include ? (p) => [...whole, ...given].includes(generic(p)) || variation.include!(entity, p) : undefined,
      length: variation.length ? (p) => (whole.includes(generic(p)) ? 2 : variation.length!(entity, p)) : undefined,
    };
    return schema.parse(fill(schema, options)) as Record<string, unknown>;
  };
  for (const id of Object.values(withheldPaperIds)) canaries.set(id.split('-id')[1]!.toUpperCase(), `the id of paper ${id}`);

  // What every withheld agenda item shares: references that must resolve, and numbers in order.
  const itemFields = (p: FieldPath, at: string, papers: string[]): unknown => {
    const i = typeof p[1] === 'number' ? p[1] : 0;
    const j = typeof p[3] === 'number' ? p[3] : 0;
    switch (at.replace(/^agenda\[\]\./, '')) {
      case 'papers':
        return papers;
      case 'decisions[].people':
        return ['sam-sample'];
      case 'recommendations[].id':
        return `withheld-${i + 1}-${j + 1}`;
      case 'recommendations[].to':
        return 'alex-example';
      case 'actions[].owner':
        return 'alex-example';
      case 'actions[].due':
        return '2020-06-30';
      case 'actionUpdates[].ref':
        return '1/19';
      case 'actionUpdates[].due':
        return '2020-07-31';
    }
    return undefined;
  };

  // An exempt item of public minutes: only its number, title, reason and public note are published.
  const exemptItem = walk(
    'the exempt item 2 of 13 March 2020',
    agendaItemSchema,
    (p, at) => {
      switch (at) {
        case 'number':
          return '2';
        case 'title':
          return `Estates ${word('PUBLICMARK', 'exempt item title')}`;
        case 'exempt.reason':
          return `Commercial ${word('PUBLICMARK', 'exempt item reason')}`;
        case 'exempt.publicNote':
          return `The public minutes say ${word('PUBLICMARK', 'exempt item public note')}.`;
        // The second action is updated in later public minutes, whose words name its reference.
        case 'actions[].ref':
          return p[1] === 1 ? '9/20' : undefined;
      }
      return itemFields(['agenda', 0, ...p], `agenda[].${at}`, [withheldPaperIds.listedUnderExemptItem]);
    },
    ['exempt', 'exempt.publicNote'],
  );

  // A meeting whose minutes are in draft: only body, date, time, place and status are published.
  const draft = walk(
    'the draft meeting of 17 April 2020',
    meetingSchema,
    (p, at) => {
      switch (at) {
        case 'body':
          return 'test-board';
        case 'date':
          return '2020-04-17';
        case 'start':
          return '10:00';
        case 'end':
          return '11:30';
        case 'location':
          return `Room ${word('PUBLICMARK', 'draft meeting place')}`;
        case 'status':
          return 'held';
        case 'minutes.status':
          return 'draft';
        case 'minutes.approvedAt':
          return OMIT;
        case 'minutes.signedBy':
          return 'alex-example';
        case 'attendance[].person':
          return p[1] === 0 ? 'sam-sample' : 'alex-example';
        case 'attendance[].substituteFor':
          return p[1] === 0 ? 'alex-example' : OMIT;
        case 'attendance[].arrived':
          return '10:05';
        case 'attendance[].left':
          return '11:00';
        case 'agenda[].number':
          return String(Number(p[1]) + 1);
        case 'agenda[].exempt':
          return p[1] === 1 ? undefined : OMIT;
        case 'nextMeeting.date':
          return '2020-05-15';
        case 'nextMeeting.start':
          return '10:00';
        case 'nextMeeting.end':
          return '12:00';
      }
      return at.startsWith('agenda[]') ? itemFields(p, at, [withheldPaperIds.listedInDraftMinutes]) : undefined;
    },
    ['location', 'minutes', 'agenda[].exempt'],
  );

  const paper = (id: string, entity: string, links: Record<string, unknown>) => {
    const data = walk(
      entity,
      paperSchema,
      (p, at) => {
        if (at in links) return links[at];
        switch (at) {
          case 'date':
            return '2020-03-13';
          case 'kind':
            return 'report';
          case 'body':
            return OMIT;
          case 'responses[].recommendations':
            return ['test-board/2020-01-10/publish-figures'];
          case 'responses[].date':
            return '2020-03-20';
          case 'responses[].by':
            return 'alex-example';
          case 'responses[].outcome':
            return 'accepted';
        }
        return undefined;
      },
      Object.keys(links).filter((k) => links[k] !== OMIT),
    );
    const body = `${word('LEAK', `${entity}: its text`)} is in the body of the paper.\n`;
    return [`papers/${id}.${id === withheldPaperIds.exemptMdx ? 'mdx' : 'md'}`, `---\n# SYNTHETIC TEST DATA\n${stringify(data)}---\n${body}`] as const;
  };
  const none = { meeting: OMIT, item: OMIT, exempt: OMIT };
  const papers = [
    paper(withheldPaperIds.exempt, 'an exempt paper', { ...none, meeting: 'test-board/2020-01-10', item: '1', exempt: undefined }),
    paper(withheldPaperIds.exemptMdx, 'an exempt MDX paper', { ...none, exempt: undefined }),
    paper(withheldPaperIds.listedUnderExemptItem, 'a paper listed under the exempt item', none),
    paper(withheldPaperIds.pointingAtExemptItem, 'a paper whose meeting and item are the exempt item', { ...none, meeting: EXEMPT_MEETING, item: '2' }),
    paper(withheldPaperIds.ofDraftMeeting, 'a paper of the draft meeting', { ...none, meeting: DRAFT_MEETING }),
    paper(withheldPaperIds.listedInDraftMinutes, 'a paper listed in the draft minutes', none),
  ];

  const yaml = (data: unknown) => `# SYNTHETIC TEST DATA\n${stringify(data)}`;
  const files: Record<string, string> = {
    'organisation.yaml': yaml({
      name: 'Test Office of the Police and Crime Commissioner (synthetic)',
      shortName: 'Test OPCC',
      area: 'Testshire',
      baseUrl: 'https://test.scrutiny.example',
      organisations: { opcc: { name: 'Office of the Police and Crime Commissioner' } },
    }),
    'bodies/test-board.yaml': yaml({ name: 'Test Board', kind: 'board', earlierActions: [{ ref: '1/19', subject: 'an action raised before the archive' }] }),
    'people/alex-example.yaml': yaml({ name: 'Alex Example', initials: ['AE'] }),
    'people/sam-sample.yaml': yaml({ name: 'Sam Sample', initials: ['SS'] }),
    'meetings/test-board/2020-01-10.yaml': yaml({
      body: 'test-board',
      date: '2020-01-10',
      status: 'held',
      minutes: { status: 'approved' },
      attendance: [{ person: 'alex-example', group: 'present' }],
      agenda: [
        // An open item may list an exempt paper: the paper stays withheld, and is only counted.
        { number: '1', title: 'Open business', minutes: 'The Board met in public.', papers: [withheldPaperIds.exempt, '2020/public-paper'] },
        {
          number: '2',
          title: 'Performance',
          minutes: 'The Board discussed performance.',
          recommendations: [{ id: 'publish-figures', text: 'To publish the figures monthly.', to: 'opcc' }],
        },
      ],
    }),
    [`meetings/${EXEMPT_MEETING}.yaml`]: yaml({
      body: 'test-board',
      date: '2020-03-13',
      status: 'held',
      minutes: { status: 'approved' },
      attendance: [{ person: 'alex-example', group: 'present' }],
      agenda: [{ number: '1', title: 'Open business', minutes: 'The Board met in public again.' }, exemptItem],
    }),
    [`meetings/${DRAFT_MEETING}.yaml`]: yaml(draft),
    'meetings/test-board/2020-05-15.yaml': yaml({
      body: 'test-board',
      date: '2020-05-15',
      status: 'held',
      minutes: { status: 'approved' },
      attendance: [{ person: 'alex-example', group: 'present' }],
      agenda: [
        {
          number: '1',
          title: 'Matters arising',
          minutes: 'The Board heard updates.',
          actionUpdates: [{ ref: '9/20', status: 'progressing', text: 'In hand' }],
        },
      ],
    }),
    'papers/2020/public-paper.md':
      `---\n# SYNTHETIC TEST DATA\ntitle: Public performance paper\ndate: 2020-01-10\nkind: ` +
      `performance\nmeeting: test-board/2020-01-10\nitem: "2"\n---\nA published paper.\n`,
    // A topic that points at every withheld thing, and one public one: only the public step is published.
    'topics/everything.yaml': yaml({
      title: 'Performance and estates',
      entries: [
        { meeting: 'test-board/2020-01-10', item: '2' },
        { meeting: EXEMPT_MEETING, item: '2' },
        { meeting: DRAFT_MEETING, item: '1' },
        { recommendation: `${EXEMPT_MEETING}/withheld-1-1` },
        { recommendation: `${DRAFT_MEETING}/withheld-1-1` },
        { action: '9/20', body: 'test-board' },
        ...Object.values(withheldPaperIds).map((paper) => ({ paper })),
      ],
    }),
    ...Object.fromEntries(papers),
  };
  return { files, canaries, published };
}

export function writeContent(root: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
}
