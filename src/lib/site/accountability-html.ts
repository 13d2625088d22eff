import type { Owner } from '../archive/types';
import { recommendationStatusLabels, type RecommendationStatus } from '../derive/recommendation-status';
import { ownerHtml } from './action-html';

/** A recommendation's status in words, never by colour alone. */
export function recommendationStatusHtml(status: RecommendationStatus): string {
  return `<span class="tag tag--rec-${status}">${recommendationStatusLabels[status]}</span>`;
}

/** Who a recommendation is made to: a link to their page, or the organisation's name. */
export function addresseeHtml(to: Owner | undefined): string {
  return to ? ownerHtml(to) : '<span class="muted">No one outside the body</span>';
}
