import type { ActionRecord, BodyRecord, MeetingRecord, PaperRecord, PersonRecord } from '../archive/types';
import { actionYear, type LogYear } from '../derive/action-log';

// Every internal address is made here, so a change of scheme is one edit. Addresses end in a
// slash because the site is built as folders.
const base = import.meta.env.BASE_URL.replace(/\/$/, '');
export const url = (path: string) => `${base}${path}`;
/** The file, in the built site, of the page at an address made here: `meetings/<id>/index.html`. */
export const pageFile = (address: string) => `${address.slice(base.length).replace(/^\//, '')}index.html`;

export const homeUrl = () => url('/');
export const meetingsUrl = () => url('/meetings/');
export const meetingUrl = (m: Pick<MeetingRecord, 'id'>) => url(`/meetings/${m.id}/`);
export const itemUrl = (m: Pick<MeetingRecord, 'id'>, anchor: string) => `${meetingUrl(m)}#${anchor}`;
export const bodiesUrl = () => url('/bodies/');
export const bodyUrl = (b: Pick<BodyRecord, 'id'>) => url(`/bodies/${b.id}/`);
export const peopleUrl = () => url('/people/');
export const personUrl = (p: Pick<PersonRecord, 'id'>) => url(`/people/${p.id}/`);
export const papersUrl = () => url('/papers/');
export const paperUrl = (p: Pick<PaperRecord, 'id'>) => url(`/papers/${p.id}/`);
export const actionsUrl = () => url('/actions/');
export const bodyActionsUrl = (b: Pick<BodyRecord, 'id'>) => url(`/actions/${b.id}/`);
export const actionYearUrl = (b: Pick<BodyRecord, 'id'>, year: LogYear) => url(`/actions/${b.id}/${year}/`);
export const actionUrl = (a: Pick<ActionRecord, 'key' | 'body' | 'raised'>) => `${actionYearUrl(a.body, actionYear(a))}#${a.key}`;
export const accessibilityUrl = () => url('/accessibility/');

export const plansUrl = () => url('/plans/');
export const planUrl = (p: { id: string }) => url(`/plans/${p.id}/`);
export const themeUrl = (t: { id: string; plan: { id: string } }) => url(`/plans/${t.plan.id}/themes/${t.id}/`);
export const statusTableUrl = (p: { id: string }) => url(`/plans/${p.id}/status/`);
export const deliverableUrl = (d: { id: string; theme: { plan: { id: string } } }) => url(`/plans/${d.theme.plan.id}/deliverables/${d.id}/`);
export const planReportUrl = (r: { data: { date: string }; plan: { id: string } }) => url(`/plans/${r.plan.id}/reports/${r.data.date}/`);
export const statusCsvUrl = (p: { id: string }) => url(`/plans/${p.id}/status.csv`);
export const statusJsonUrl = (p: { id: string }) => url(`/plans/${p.id}/status.json`);
export const performanceUrl = () => url('/performance/');
export const measureUrl = (m: { id: string }) => url(`/performance/${m.id}/`);
export const inspectionsUrl = () => url('/inspections/');
export const inspectionUrl = (i: { id: string }) => url(`/inspections/${i.id}/`);
export const searchUrl = () => url('/search/');

export const recommendationsUrl = () => url('/recommendations/');
export const recommendationUrl = (r: { key: string }) => url(`/recommendations/${r.key}/`);
/** Where it sits in the minutes: the meeting page, at the recommendation. */
export const recommendationInMinutesUrl = (r: { meeting: { id: string }; anchor: string }) => itemUrl(r.meeting, r.anchor);
export const responseUrl = (r: { paper: { id: string }; anchor: string }) => `${paperUrl(r.paper)}#${r.anchor}`;
export const decisionsUrl = () => url('/decisions/');
export const decisionYearUrl = (b: Pick<BodyRecord, 'id'>, year: string) => url(`/decisions/${b.id}/${year}/`);
export const decisionUrl = (d: { meeting: { id: string }; anchor: string }) => itemUrl(d.meeting, d.anchor);
export const topicsUrl = () => url('/topics/');
export const topicUrl = (t: { id: string }) => url(`/topics/${t.id}/`);
export const feedUrl = () => url('/feed.xml');
export const bodyFeedUrl = (b: Pick<BodyRecord, 'id'>) => url(`/bodies/${b.id}/feed.xml`);
export const calendarUrl = () => url('/meetings.ics');
export const bodyCalendarUrl = (b: Pick<BodyRecord, 'id'>) => url(`/bodies/${b.id}/meetings.ics`);
