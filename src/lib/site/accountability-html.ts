import type { Owner } from '../archive/types';
import { recommendationStatusLabels, type RecommendationStatus } from '../derive/recommendation-status';
import { escapeHtml } from '../format/html';
import { personUrl } from './urls';

/** A recommendation's status in words, never by colour alone. */
export function recommendationStatusHtml(status: RecommendationStatus): string {
  return `<span class="tag tag--rec-${status}">${recommendationStatusLabels[status]}</span>`;
}

/** Who a recommendation is made to: a link to their page, or the organisation's name. */
export function addresseeHtml(to: Owner | undefined): string {
  if (to?.kind === 'person') return `<a href="${escapeHtml(personUrl(to.person))}">${escapeHtml(to.person.data.name)}</a>`;
  if (to?.kind === 'organisation') return escapeHtml(to.name);
  return '<span class="muted">No one outside the body</span>';
}
