import type { ReportProblem } from '../content/errors';
import type { ContentSet } from '../content/read-folder';
import type { InspectionRecord, MeasureRecord, MeetingRecord, PaperRecord, PlanRecord } from './types';
import { assessTarget, changeBetween } from '../derive/measure';

/** Measures with their observations, latest value, target assessment and change; each paper checked. */
export function buildMeasures(
  set: ContentSet,
  paperById: Map<string, PaperRecord>,
  allPaperIds: Set<string>,
  plans: PlanRecord[],
  problem: ReportProblem,
): MeasureRecord[] {
  return set.measures.map((src) => {
    const m = src.data;
    const file = src.csv ?? src.file;
    const papers: PaperRecord[] = [];
    m.observations.forEach((o, i) => {
      const paper = paperById.get(o.paper);
      const field = src.csv ? `row ${i + 2}, column "paper"` : `observations[${i}].paper`;
      if (!paper)
        problem(
          file,
          field,
          allPaperIds.has(o.paper)
            ? `paper "${o.paper}" is not published: a figure's source must be a published paper`
            : `no paper "${o.paper}": expected the id of the paper the figure comes from`,
        );
      else if (!papers.includes(paper)) papers.push(paper);
    });
    let theme;
    if (m.theme) {
      const [planId, themeId] = m.theme.split('/');
      theme = plans.find((p) => p.id === planId)?.themes.find((t) => t.id === themeId);
      if (!theme) problem(src.file, 'theme', `no theme "${m.theme}": expected "<plan id>/<theme id>" of a plan in plans/`);
    }
    const series = m.chart === 'line' && !m.observations.some((o) => o.category);
    const latest = series ? m.observations[m.observations.length - 1] : undefined;
    const previous = series ? m.observations[m.observations.length - 2] : undefined;
    return {
      id: src.id,
      file: src.file,
      csv: src.csv,
      data: m,
      theme,
      observations: m.observations,
      latest,
      previous,
      assessment: latest && m.target ? assessTarget(latest.value, m.target) : undefined,
      change: latest && previous ? changeBetween(previous.value, latest.value, m.better) : undefined,
      papers,
    };
  });
}

export function buildInspections(
  set: ContentSet,
  paperById: Map<string, PaperRecord>,
  meetingById: Map<string, MeetingRecord>,
  problem: ReportProblem,
): InspectionRecord[] {
  return set.inspections.map((src) => {
    const papers: PaperRecord[] = [];
    const meetings: MeetingRecord[] = [];
    src.data.papers.forEach((id, i) => {
      const p = paperById.get(id);
      if (!p) problem(src.file, `papers[${i}]`, `no published paper "${id}"`);
      else papers.push(p);
    });
    src.data.meetings.forEach((id, i) => {
      const m = meetingById.get(id);
      if (!m) problem(src.file, `meetings[${i}]`, `no meeting "${id}"`);
      else meetings.push(m);
    });
    return { id: src.id, file: src.file, data: src.data, papers, meetings };
  });
}
