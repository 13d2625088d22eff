import type { ReportProblem } from '../content/errors';
import type { ContentSet } from '../content/read-folder';
import type { DeliverableRecord, DeliverableUpdate, PaperRecord, PlanRecord, PlanReportRecord, ThemeRecord, BodyRecord } from './types';
import { deliverableStatuses } from '../../schemas';
import { entryStatus, isPastTarget, mentionsDependencies } from '../derive/plan-status';
import { changesSince } from '../derive/plan-changes';

function duplicates(ids: string[]): Set<string> {
  const seen = new Set<string>();
  return new Set(ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false))));
}

/**
 * Builds each Plan with its themes, deliverables and the reports that follow them: checks every
 * reference (theme, deliverable, plan, paper), reads each status from the update's own words, and
 * works out what changed from one report to the next.
 */
export function buildPlans(
  set: ContentSet,
  paperById: Map<string, PaperRecord>,
  allPaperIds: Set<string>,
  bodyById: Map<string, BodyRecord>,
  today: string,
  problem: ReportProblem,
): PlanRecord[] {
  const plans: PlanRecord[] = [];
  for (const src of set.plans) {
    const plan: PlanRecord = { id: src.id, file: src.file, data: src.data, themes: [], deliverables: [], reports: [] };
    for (const id of duplicates(src.data.themes.map((t) => t.id))) problem(src.file, 'themes', `theme id "${id}" is used twice`);
    for (const id of duplicates(src.data.deliverables.map((d) => d.id)))
      problem(src.file, 'deliverables', `deliverable id "${id}" is used twice: give each deliverable its own id`);
    const themeById = new Map<string, ThemeRecord>();
    for (const t of src.data.themes) {
      const theme: ThemeRecord = { id: t.id, data: t, plan, deliverables: [] };
      plan.themes.push(theme);
      themeById.set(t.id, theme);
    }
    src.data.deliverables.forEach((d, i) => {
      const theme = themeById.get(d.theme);
      if (!theme) {
        problem(
          src.file,
          `deliverables[${i}].theme`,
          `no theme "${d.theme}" in this plan: expected one of ${[...themeById.keys()].map((k) => `"${k}"`).join(', ')}`,
        );
        return;
      }
      const rec: DeliverableRecord = { id: d.id, data: d, theme, history: [], status: 'not-reported', pastTarget: false, newInLatestReport: false };
      theme.deliverables.push(rec);
      plan.deliverables.push(rec);
    });
    if (src.data.source) {
      plan.source = paperById.get(src.data.source);
      if (!allPaperIds.has(src.data.source)) problem(src.file, 'source', `no paper "${src.data.source}"`);
    }
    if (src.data.endorsed?.body) {
      plan.endorsedBy = bodyById.get(src.data.endorsed.body);
      if (!plan.endorsedBy) problem(src.file, 'endorsed.body', `no body "${src.data.endorsed.body}"`);
    }
    plans.push(plan);
  }
  const planById = new Map(plans.map((p) => [p.id, p]));

  const reports = [...set.planReports].sort((a, b) => a.data.date.localeCompare(b.data.date));
  for (const src of reports) {
    const plan = planById.get(src.data.plan);
    if (!plan) {
      problem(src.file, 'plan', `no plan "${src.data.plan}": expected one of ${plans.map((p) => `"${p.id}"`).join(', ') || '(none: add one in plans/)'}`);
      continue;
    }
    const paper = paperById.get(src.data.paper);
    if (!paper) {
      problem(
        src.file,
        'paper',
        allPaperIds.has(src.data.paper)
          ? `paper "${src.data.paper}" is not published (exempt, or of a meeting in draft): a report on the Plan must be a published paper`
          : `no paper "${src.data.paper}": expected the id of the report's paper in papers/`,
      );
      continue;
    }
    if (plan.reports.some((r) => r.data.date === src.data.date)) problem(src.file, 'date', `the plan already has a report dated ${src.data.date}`);
    const byId = new Map(plan.deliverables.map((d) => [d.id, d]));
    const report: PlanReportRecord = { id: src.id, file: src.file, data: src.data, plan, paper, meeting: paper.meeting, entries: [] };
    for (const id of duplicates(src.data.entries.map((e) => e.deliverable))) problem(src.file, 'entries', `deliverable "${id}" is listed twice in this report`);
    src.data.entries.forEach((e, i) => {
      const deliverable = byId.get(e.deliverable);
      if (!deliverable) {
        problem(src.file, `entries[${i}].deliverable`, `no deliverable "${e.deliverable}" in ${plan.file}: add it under deliverables there, or correct the id`);
        return;
      }
      const status = entryStatus(e);
      if (status === undefined) {
        problem(
          src.file,
          `entries[${i}].update`,
          `the update "${e.update!.slice(0, 60)}…" does not say its status in words ` +
            `the generator knows: add status: with one of ${deliverableStatuses.join(', ')}`,
        );
        return;
      }
      const entry: DeliverableUpdate = {
        report,
        deliverable,
        section: e.section,
        status,
        update: e.update,
        target: e.target,
        dependencies: mentionsDependencies(e.update),
      };
      report.entries.push(entry);
      deliverable.history.push(entry);
      deliverable.latest = entry;
      deliverable.status = entry.status;
      deliverable.newInLatestReport = entry.section === 'new';
      if (entry.target !== undefined) deliverable.target = entry.target;
      deliverable.pastTarget = isPastTarget(deliverable.target, deliverable.status, today);
    });
    const previous = plan.reports[plan.reports.length - 1];
    if (previous) {
      report.previous = previous;
      previous.next = report;
      report.changes = changesSince(
        previous.entries.map((e) => ({ deliverable: e.deliverable.id, status: e.status })),
        report.entries.map((e) => ({ deliverable: e.deliverable.id, status: e.status })),
      );
    }
    plan.reports.push(report);
  }
  return plans;
}
