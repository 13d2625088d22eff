import type { ActionRecord, Owner } from '../archive/types';
import { actionStatusLabels } from './labels';
import { escapeHtml } from '../format/html';
import { personUrl } from './urls';

// An action's status and owner appear in every row of every action table and under every item
// that raises one: tens of thousands of times at archive scale. As strings they cost a fraction
// of what an Astro component instance per use does (docs/performance.md).

/** Status in words, never by colour alone; the border colour only reinforces it. */
export function actionStatusHtml(action: Pick<ActionRecord, 'status' | 'overdue'>): string {
  const status = `<span class="tag tag--${action.status}">${actionStatusLabels[action.status]}</span>`;
  return action.overdue ? `${status} <span class="tag tag--overdue">Overdue</span>` : status;
}

/** A person or organisation: a link to the person's page, or the organisation's name. */
export function ownerHtml(o: Owner): string {
  return o.kind === 'person' ? `<a href="${escapeHtml(personUrl(o.person))}">${escapeHtml(o.person.data.name)}</a>` : `<span>${escapeHtml(o.name)}</span>`;
}

/** The owner: a link to their page when we know them, else the name or body as written. */
export function actionOwnerHtml(action: Pick<ActionRecord, 'owner' | 'ownerText'>): string {
  if (action.owner) return ownerHtml(action.owner);
  if (action.ownerText) return `<span>${escapeHtml(action.ownerText)}</span>`;
  return '<span class="muted">Not recorded</span>';
}
