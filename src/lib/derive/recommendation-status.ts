import type { ResponseOutcome } from '../../schemas';

/**
 * Where a recommendation stands. It follows from who it was made to and the responses published
 * by the day the site is built for: nothing is stored that the record does not say.
 */
export const recommendationStatuses = [
  'awaiting-response',
  'responded',
  'accepted',
  'partly-accepted',
  'not-accepted',
  'implemented',
  'no-response-sought',
] as const;
export type RecommendationStatus = (typeof recommendationStatuses)[number];

export const recommendationStatusLabels: Record<RecommendationStatus, string> = {
  'awaiting-response': 'Awaiting response',
  responded: 'Response received',
  accepted: 'Accepted',
  'partly-accepted': 'Partly accepted',
  'not-accepted': 'Not accepted',
  implemented: 'Implemented',
  'no-response-sought': 'No response sought',
};

export interface DatedResponse {
  date: string;
  outcome?: ResponseOutcome;
}

/**
 * - A response dated after `today` does not count yet.
 * - With no response: "awaiting response" if the recommendation was made to someone, otherwise
 *   "no response sought" (a body recording what it will do itself).
 * - Otherwise the outcome of the latest response that states one (a later letter reporting it
 *   done outranks an earlier acceptance), or "response received" when none states an outcome.
 */
export function deriveRecommendationStatus(recommendation: { addressed: boolean }, responses: readonly DatedResponse[], today: string): RecommendationStatus {
  const published = responses
    .map((r, i) => ({ ...r, i }))
    .filter((r) => r.date <= today)
    .sort((a, b) => a.date.localeCompare(b.date) || a.i - b.i);
  if (published.length === 0) return recommendation.addressed ? 'awaiting-response' : 'no-response-sought';
  const stated = published.filter((r) => r.outcome !== undefined);
  return stated.length > 0 ? stated[stated.length - 1]!.outcome! : 'responded';
}

/** Register order: those still awaiting a response first, then by what was answered. */
export const compareStatus = (a: RecommendationStatus, b: RecommendationStatus) => recommendationStatuses.indexOf(a) - recommendationStatuses.indexOf(b);
