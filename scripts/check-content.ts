/**
 * Checks a content folder without building the site: every schema and every cross reference.
 *   npm run check:content [-- path/to/content]
 */
import path from 'node:path';
import { readContentFolder } from '../src/lib/content/read-folder';
import { ContentError } from '../src/lib/content/errors';
import { buildArchive } from '../src/lib/archive/build';
import { buildDay, contentRoot } from '../src/lib/site/settings';

const root = process.argv[2] ? path.resolve(process.argv[2]) : contentRoot();
try {
  const archive = buildArchive(readContentFolder(root), { today: buildDay() });
  console.log(
    `${path.relative(process.cwd(), root) || '.'}: ${archive.meetings.length} meetings, ${archive.bodies.length} bodies, ` +
      `${archive.people.length} people, ${archive.papers.length} papers, ${archive.actions.length} actions, ` +
      `${archive.plans.length} plans with ${archive.plans.reduce((n, p) => n + p.deliverables.length, 0)} ` +
      `deliverables in ${archive.plans.reduce((n, p) => n + p.reports.length, 0)} reports, ` +
      `${archive.measures.length} measures with ${archive.measures.reduce((n, m) => n + m.observations.length, 0)} ` +
      `figures, ${archive.inspections.length} inspections, ` +
      `${archive.recommendations.length} recommendations with ${archive.papers.reduce((n, p) => n + p.responses.length, 0)} responses, ` +
      `${archive.decisions.length} decisions, ${archive.topics.length} topics: all valid`,
  );
} catch (e) {
  if (e instanceof ContentError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
