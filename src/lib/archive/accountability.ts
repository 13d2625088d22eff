import type { ContentSet } from '../content/read-folder';
import { agendaField } from '../content/errors';
import { slugify as slug } from '../format/slug';
import { deriveRecommendationStatus } from '../derive/recommendation-status';
import { whatFollows } from '../derive/decision-text';
import { ownerById } from './owner';
import { isWithheldItem } from './publication';
import type { MeetingSources } from './meetings';
import type { ReportProblem } from '../content/errors';
import type {
  DecisionRecord,
  MeetingRecord,
  OpenAgendaItem,
  Owner,
  PaperRecord,
  PersonRecord,
  PublishedMeeting,
  RecommendationRecord,
  ResponseRecord,
} from './types';

/** The published meeting and item a recommendation or decision was recorded under, or undefined when withheld. */
function publishedUnder(
  meeting: MeetingRecord,
  item: Parameters<typeof isWithheldItem>[1] & { number: string },
  sources: MeetingSources,
): { meeting: PublishedMeeting; item: OpenAgendaItem } | undefined {
  const source = sources.get(meeting.id);
  if (meeting.withheld || !source || isWithheldItem(source, item)) return undefined;
  const open = meeting.items.find((p): p is OpenAgendaItem => p.number === item.number && p.exempt === undefined);
  return open ? { meeting, item: open } : undefined;
}

/** A recommendation's id within its meeting: its own, or its item number and position ("8-2"). */
export const recommendationId = (r: { id?: string }, itemNumber: string, index: number) => r.id ?? `${slug(itemNumber)}-${index + 1}`;

/**
 * Recommendations made at meetings and the responses papers give to them, linked both ways.
 * Every reference is checked against the whole record, exempt and draft parts included, so
 * that a reference to something withheld is not mistaken for a typing error; only what is
 * published is linked.
 */
export function buildRecommendations(
  set: ContentSet,
  meetings: MeetingRecord[],
  sources: MeetingSources,
  paperById: Map<string, PaperRecord>,
  personById: Map<string, PersonRecord>,
  today: string,
  problem: ReportProblem,
): { recommendations: RecommendationRecord[]; keys: Set<string> } {
  const organisations = set.organisation.data.organisations;
  const known = new Map<string, { date: string; file: string }>();
  const published = new Map<string, RecommendationRecord>();
  const recommendations: RecommendationRecord[] = [];

  const resolve = (to: string, file: string, field: string): Owner | undefined => {
    const known = ownerById(to, personById, organisations);
    if (known) return known;
    problem(
      file,
      field,
      `"${to}" is not a person id (a file in people/) or an organisation id from organisation.yaml (${Object.keys(organisations).join(', ') || 'none yet'})`,
    );
    return undefined;
  };

  // Every meeting, withheld ones included (oldest first), so a reference to a withheld recommendation is not taken for a typing error.
  for (const meeting of meetings) {
    sources.get(meeting.id)?.agenda.forEach((item, i) => {
      item.recommendations.forEach((r, j) => {
        const field = `${agendaField(i, item.number)}.recommendations[${j}]`;
        const id = recommendationId(r, item.number, j);
        const key = `${meeting.id}/${id}`;
        if (known.has(key)) {
          problem(meeting.file, `${field}${r.id ? '.id' : ''}`, `recommendation id "${id}" is used twice in this meeting: give each its own id`);
          return;
        }
        known.set(key, { date: meeting.data.date, file: meeting.file });
        const to = r.to !== undefined ? resolve(r.to, meeting.file, `${field}.to`) : undefined;
        const under = publishedUnder(meeting, item, sources);
        if (!under) return;
        const rec: RecommendationRecord = {
          key,
          id,
          ...under,
          anchor: `recommendation-${id}`,
          number: r.number,
          text: r.text,
          to,
          responses: [],
          status: 'awaiting-response',
        };
        published.set(key, rec);
        recommendations.push(rec);
        under.meeting.recommendations.push(rec);
      });
    });
  }

  for (const src of set.papers) {
    const paper = paperById.get(src.id);
    src.data.responses.forEach((r, k) => {
      const date = r.date ?? src.data.date;
      if (r.by !== undefined && !personById.has(r.by)) {
        problem(src.file, `responses[${k}].by`, `no person "${r.by}": add content/people/${r.by}.yaml or use an existing person id`);
      }
      const answered: RecommendationRecord[] = [];
      r.recommendations.forEach((ref, n) => {
        const target = known.get(ref);
        if (!target) {
          problem(
            src.file,
            `responses[${k}].recommendations[${n}]`,
            `no recommendation "${ref}": expected "<meeting id>/<recommendation id>", with the id given to the recommendation ` +
              `in its meeting file (e.g. "${[...known.keys()][0] ?? 'police-and-crime-panel/2022-07-20/hmicfrs-full-report'}")`,
          );
          return;
        }
        if (date < target.date) {
          problem(
            src.file,
            `responses[${k}]${r.date ? '.date' : ''}`,
            `the response is dated ${date}, before the recommendation "${ref}" was made (${target.date})`,
          );
          return;
        }
        const rec = published.get(ref);
        if (rec) answered.push(rec);
      });
      if (!paper || answered.length === 0) return;
      const response: ResponseRecord = {
        paper,
        anchor: `response-${k + 1}`,
        date,
        number: r.number,
        recommendation: r.recommendation,
        text: r.text,
        outcome: r.outcome,
        by: r.by ? personById.get(r.by) : undefined,
        recommendations: answered,
      };
      paper.responses.push(response);
      for (const rec of answered) rec.responses.push(response);
    });
  }

  for (const rec of recommendations) {
    rec.responses.sort((a, b) => a.date.localeCompare(b.date));
    rec.status = deriveRecommendationStatus({ addressed: rec.to !== undefined }, rec.responses, today);
    // A response from the future (the site built for an earlier day) is not shown yet.
    rec.responses = rec.responses.filter((r) => r.date <= today);
  }
  return { recommendations, keys: new Set(known.keys()) };
}

/** Every decision the published minutes record, with the people it names. */
export function buildDecisions(
  meetings: MeetingRecord[],
  sources: MeetingSources,
  personById: Map<string, PersonRecord>,
  problem: ReportProblem,
): DecisionRecord[] {
  const decisions: DecisionRecord[] = [];
  for (const meeting of meetings) {
    // The numbers of the meeting's open items, made once for all its decisions.
    let openNumbers: string[] | undefined;
    sources.get(meeting.id)?.agenda.forEach((item, i) => {
      item.decisions.forEach((d, j) => {
        d.people.forEach((p, n) => {
          if (!personById.has(p))
            problem(
              meeting.file,
              `${agendaField(i, item.number)}.decisions[${j}].people[${n}]`,
              `no person "${p}": add content/people/${p}.yaml or use an existing person id`,
            );
        });
        const under = publishedUnder(meeting, item, sources);
        if (!under) return;
        openNumbers ??= under.meeting.items.filter((p) => p.exempt === undefined).map((p) => p.number);
        const rec: DecisionRecord = {
          anchor: `decision-${slug(item.number)}-${j + 1}`,
          ...under,
          text: d.text,
          follows: whatFollows(d.text, item, openNumbers),
          kind: d.kind,
          significant: d.significant,
          people: d.people.map((p) => personById.get(p)).filter((p) => p !== undefined),
        };
        decisions.push(rec);
        under.meeting.decisions.push(rec);
      });
    });
  }
  return decisions;
}
