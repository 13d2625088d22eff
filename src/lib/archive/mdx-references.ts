import type { ReportProblem } from '../content/errors';
import type { SourceEntry } from '../content/read-folder';
import type { Paper } from '../../schemas';

/**
 * Every `<Measure id="…" />` an MDX paper places must name a measure of the archive, or its page
 * could not be built: each that does not is reported at its line, with the ids there are.
 */
export function checkMeasureReferences(papers: SourceEntry<Paper>[], measures: { id: string }[], problem: ReportProblem): void {
  const known = new Set(measures.map((m) => m.id));
  const list = measures.length ? measures.map((m) => `"${m.id}"`).join(', ') : '(none yet: add one in measures/)';
  for (const paper of papers) {
    for (const { id, line } of paper.measures ?? []) {
      if (!known.has(id))
        problem(paper.file, `line ${line}`, `<Measure id="${id}" />: no measure "${id}": expected the id of a file in measures/, one of ${list}`);
    }
  }
}
