import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mainText, normaliseText, page } from '../support/html';
import { siteDir, type TestSite } from '../support/sites';
import { buildArchive } from '../../src/lib/archive/build';
import { readContentFolder } from '../../src/lib/content/read-folder';

// Every sentence of the seeds' minutes must be findable on its meeting's page. The seeds are
// the project's source documents, kept beside the repository in ../shared/seeds (or where
// SCRUTINY_SEEDS says).
const seeds = process.env.SCRUTINY_SEEDS || '../shared/seeds';
if (!existsSync(seeds)) {
  throw new Error(`The seed documents are not at ${seeds}: set SCRUTINY_SEEDS to the folder holding 000_….txt to 004_….txt`);
}

interface Case {
  seed: string;
  lines: [number, number];
  site: TestSite;
  page: string;
  /** Lines that are page furniture or held in structured fields rather than running text. */
  skip?: RegExp;
  /** The source is a table extracted from a PDF: read each tab-separated cell on its own. */
  cells?: boolean;
}

const cases: Case[] = [
  {
    seed: '000_2e5dbc7d316fc973.txt',
    lines: [22, 66],
    site: 'demo',
    page: '/meetings/performance-working-group/2016-01-26/',
    skip: /NOT PROTECTIVELY MARKED|^\.+$|^Sir Graham Bright$|\t/,
  },
  // The exempt item's printed heading is split into its title and its reason on the page.
  {
    seed: '004_02e44f9c857a8046.txt',
    lines: [20, 106],
    site: 'demo',
    page: '/meetings/business-coordination-board/2019-10-09/',
    skip: /^6\. Financing of Southern Police Station/,
  },
  { seed: '002_ee6c3af70b6956ae.txt', lines: [124, 332], site: 'demo', page: '/meetings/police-and-crime-panel/2022-07-20/' },
  { seed: '002_ee6c3af70b6956ae.txt', lines: [66, 95], site: 'demo', page: '/papers/2022/pcc-letter-2022-09-01/' },
  { seed: '002_ee6c3af70b6956ae.txt', lines: [372, 413], site: 'demo', page: '/papers/2022/review-of-complaints-2022-09/' },
  { seed: '002_ee6c3af70b6956ae.txt', lines: [427, 467], site: 'demo', page: '/papers/2022/criminal-justice-and-community-safety-arrangements/', cells: true },
  // Lines 1498-1507 are the report's cover (author, contact, title), which the page shows as fields.
  { seed: '002_ee6c3af70b6956ae.txt', lines: [1508, 1632], site: 'demo', page: '/papers/2022/delivery-of-the-police-and-crime-plan-forward-plan-2022-09/' },
  { seed: '001_5e0d2031e4da99c1.txt', lines: [14, 129], site: 'demo', page: '/papers/2015/performance-update-12-months-to-march-2015/', cells: true },
  // The action table's cells spill across rows in the source; each cell's own sentences must be on the page.
  { seed: '003_740b36288c947dda.txt', lines: [14, 49], site: 'essex', page: '/meetings/force-performance-scrutiny-meeting/2015-05-28/', cells: true },
];

/**
 * Sentences of a stretch of seed text, paragraph by paragraph, with paragraph numbers, letters,
 * bullets and action references taken off. A paragraph broken by a page (ending without a full
 * stop, the next line starting in lower case) is joined up again first, skipping the footnotes
 * printed between. In a PDF table (`cells`) a cell's text may run on in another row, so only the
 * complete sentences inside each cell are checked.
 */
function sentences(text: string, skip?: RegExp, cells = false): string[] {
  const lines = text
    // Footnote markers, Markdown links, split ordinals and inline bullets are typography, not words.
    .replace(/^<sup>\d+<\/sup>(?=\s)/gm, '\u0000')
    .replace(/<sup>\d+<\/sup>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\\([()])/g, '$1')
    .replace(/(\d) (st|nd|rd|th)\b/g, '$1$2')
    .split(cells ? /[\n\t•]/ : /[\n•]/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !(skip && skip.test(l)))
    .map((l) =>
      l
        .replace(/^(?:[-*]\s*)?(?:\d+(?:\.\d+)*\.?|[a-z]{1,2}\)|[a-z]\.)\s+/, '')
        .replace(/^[-*]\s+/, '')
        .replace(/^\d+\/\d+\s*[-–]\s*/, ''),
    );
  const paragraphs: { text: string; footnote: boolean }[] = [];
  for (const line of lines) {
    const footnote = line.startsWith('\u0000');
    const open = [...paragraphs].reverse().find((p) => !p.footnote);
    if (!cells && !footnote && open && /^[a-z]/.test(line) && !/[.:;?!]$/.test(open.text)) open.text += ` ${line}`;
    else paragraphs.push({ text: line.replace('\u0000', ''), footnote });
  }
  return paragraphs
    .flatMap((p) => normaliseText(p.text).split(/(?<=[.?!:])\s+(?=[A-Z"(])/))
    .map((s) => s.trim())
    .filter((s) => s.length >= 30 && (!cells || (/^[A-Z"(]/.test(s) && /[.?!]$/.test(s))));
}

describe('the seeds are transcribed in full', () => {
  for (const c of cases) {
    it(`${c.seed} lines ${c.lines.join('-')} are all on ${c.page}`, () => {
      const source = readFileSync(`${seeds}/${c.seed}`, 'utf8')
        .split('\n')
        .slice(c.lines[0] - 1, c.lines[1])
        .join('\n');
      const text = mainText(page(siteDir(c.site), c.page));
      const wanted = sentences(source, c.skip, c.cells);
      expect(wanted.length).toBeGreaterThan(3);
      const missing = wanted.filter((s) => !text.includes(s));
      expect(missing, `sentences not found on the page:\n${missing.join('\n')}`).toEqual([]);
    });
  }
});

// Decisions, recommendations and responses are also held as fields, which the register, the
// recommendation pages and the topics show on their own: each must be the source's own words.
describe('decisions, recommendations and responses quote their source word for word', () => {
  const archive = buildArchive(readContentFolder('content'), { today: '2026-01-01' });
  // The whole seed: a decision may be recorded in a summary table after the excerpt checked above.
  const excerpt = (c: Case) => normaliseText(readFileSync(`${seeds}/${c.seed}`, 'utf8'));
  for (const c of cases.filter((x) => x.site === 'demo' && !x.cells)) {
    const meeting = archive.meetingById.get(c.page.replace(/^\/meetings\/|\/$/g, ''));
    const paper = archive.paperById.get(c.page.replace(/^\/papers\/|\/$/g, ''));
    const quoted = [
      ...(meeting?.decisions.map((d) => d.text) ?? []),
      ...(meeting?.recommendations.map((r) => r.text) ?? []),
      ...(paper?.responses.flatMap((r) => [r.text, r.recommendation ?? '']) ?? []),
    ].filter((t) => t !== '');
    if (quoted.length === 0) continue;
    it(`${quoted.length} on ${c.page}`, () => {
      const source = excerpt(c);
      const missing = quoted.filter((t) => !source.includes(normaliseText(t)));
      expect(missing, `not found word for word in ${c.seed}:\n${missing.join('\n')}`).toEqual([]);
    });
  }
});
