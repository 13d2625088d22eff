import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mainText, normaliseText, page } from '../support/html';
import { siteDir, type TestSite } from '../support/sites';

// Every sentence of the seeds' minutes must be findable on its meeting's page. The seeds are
// the project's source documents, kept beside the repository in ../shared/seeds.
const seeds = '../shared/seeds';

interface Case {
  seed: string;
  lines: [number, number];
  site: TestSite;
  page: string;
  /** Lines that are page furniture or held in structured fields rather than running text. */
  skip?: RegExp;
}

const cases: Case[] = [
  { seed: '000_2e5dbc7d316fc973.txt', lines: [22, 66], site: 'demo', page: '/meetings/performance-working-group/2016-01-26/', skip: /NOT PROTECTIVELY MARKED|^\.+$|^Sir Graham Bright$|\t/ },
  { seed: '004_02e44f9c857a8046.txt', lines: [19, 106], site: 'demo', page: '/meetings/business-coordination-board/2019-10-09/' },
  { seed: '002_ee6c3af70b6956ae.txt', lines: [124, 332], site: 'demo', page: '/meetings/police-and-crime-panel/2022-07-20/' },
];

/** Sentences of a stretch of seed text, with paragraph numbers and bullets taken off each line. */
function sentences(text: string, skip?: RegExp): string[] {
  const lines = text
    .split('\n')
    .filter((l) => !(skip && skip.test(l.trim())))
    .map((l) => l.replace(/^[\s-]*(\d+(\.\d+)*\.?|[a-z]{1,2}\)|[a-z]\.)\s+/, ''));
  return normaliseText(lines.join('\n'))
    .split(/(?<=[.?!])\s+(?=[A-Z"(])/)
    .map((s) => s.trim())
    .filter((s) => s.length >= 30);
}

describe('the seeds are transcribed in full', () => {
  for (const c of cases) {
    it(`${c.seed} lines ${c.lines.join('-')} are all on ${c.page}`, () => {
      const source = readFileSync(`${seeds}/${c.seed}`, 'utf8').split('\n').slice(c.lines[0] - 1, c.lines[1]).join('\n');
      const text = mainText(page(siteDir(c.site), c.page));
      const wanted = sentences(source, c.skip);
      expect(wanted.length).toBeGreaterThan(10);
      const missing = wanted.filter((s) => !text.includes(s));
      expect(missing, `sentences not found on the page:\n${missing.join('\n')}`).toEqual([]);
    });
  }
});
