import { stringify } from 'yaml';
import {
  bodySchema,
  inspectionSchema,
  measureSchema,
  meetingSchema,
  organisationSchema,
  paperSchema,
  personSchema,
  planReportSchema,
  planSchema,
  topicSchema,
} from '../../src/schemas';
import { fill, OMIT, showPath, type FieldPath } from './schema-fill';

/**
 * SYNTHETIC TEST CONTENT. A content folder whose every free-text field, in every kind of entry,
 * holds script: an <img onerror>, a <script>, an <iframe srcdoc>, an <svg onload> and javascript:
 * links, each calling `__xss.push(<field>)`. A page that runs any of it pushes the field's name;
 * one whose Content-Security-Policy blocks it reports a violation. Either is a failure.
 */
export function hostileText(marker: string): string {
  const run = `__xss.push('${marker}')`;
  return [
    `Hostile ${marker}`,
    `<img src=x onerror="${run}">`,
    `<script>${run}</script>`,
    `<iframe srcdoc="<script>parent.${run}</script>"></iframe>`,
    `<svg onload="${run}"></svg>`,
    `[link](javascript:${run})`,
    `<a href="javascript:${run}">a</a>`,
    `</script><script>${run}</script>`,
  ].join(' ');
}

export function hostileContent(): { files: Record<string, string>; markers: Map<string, string> } {
  const markers = new Map<string, string>();
  let n = 0;
  const make = (entity: string, schema: Parameters<typeof fill>[0], override: (at: string, p: FieldPath) => unknown) =>
    schema.parse(
      fill(schema, {
        text: (p) => {
          const m = `m${n++}`;
          markers.set(m, `${entity}: ${showPath(p)}`);
          return hostileText(m);
        },
        override: (p) => override(showPath(p).replace(/\[\d+\]/g, '[]'), p),
      }),
    );
  const yaml = (data: unknown) => `# SYNTHETIC TEST DATA: every text holds script, which must never run\n${stringify(data)}`;
  const date = (at: string) => (/(^|\.)(date|due|from|to|raisedOn|published)$/.test(at) ? '2020-01-10' : undefined);
  const time = (at: string) => (/(^|\.)(start|end|arrived|left)$/.test(at) ? '10:00' : undefined);

  const organisation = make('organisation.yaml', organisationSchema, (at) => {
    if (at === 'baseUrl') return 'https://hostile.scrutiny.example';
    if (at === 'organisations') return { opcc: { name: hostileText('org-name'), abbreviation: 'OPCC' } };
    return undefined;
  });
  markers.set('org-name', 'organisation.yaml: organisations.opcc.name');
  const body = make('bodies/test-board.yaml', bodySchema, (at) => {
    if (at === 'members[].person') return 'alex-example';
    if (at === 'earlierActions[].ref') return OMIT;
    if (at === 'earlierActions')
      return [{ ref: '1/19', subject: hostileText('earlier-subject'), text: hostileText('earlier-text'), raisedAtItem: '3', owner: 'alex-example' }];
    return date(at);
  });
  markers.set('earlier-subject', 'bodies/test-board.yaml: earlierActions[0].subject');
  markers.set('earlier-text', 'bodies/test-board.yaml: earlierActions[0].text');
  const person = make('people/alex-example.yaml', personSchema, (at) => (at === 'initials' ? ['AE'] : date(at)));

  const meeting = make('meetings/test-board/2020-01-10.yaml', meetingSchema, (at, p) => {
    switch (at) {
      case 'body':
        return 'test-board';
      case 'status':
        return 'held';
      case 'minutes':
        return { status: 'approved', signedBy: 'alex-example' };
      case 'attendance[].person':
        return p[1] === 0 ? 'alex-example' : 'sam-sample';
      case 'attendance[].substituteFor':
        return OMIT;
      case 'agenda[].number':
        return String(Number(p[1]) + 1);
      case 'agenda[].exempt':
        return p[1] === 1 ? undefined : OMIT;
      case 'agenda[].papers':
        return p[1] === 0 ? ['2020/hostile-paper'] : [];
      case 'agenda[].decisions[].people':
        return ['alex-example'];
      case 'agenda[].recommendations[].id':
        return `rec-${Number(p[1]) + 1}-${Number(p[3]) + 1}`;
      case 'agenda[].recommendations[].to':
        return 'alex-example';
      case 'agenda[].actions[].owner':
        return 'AE';
      case 'agenda[].actionUpdates[].ref':
        return '1/19';
      case 'agenda[].actionUpdates':
        return p[1] === 0 ? undefined : [];
    }
    return date(at) ?? time(at);
  });
  const paper = make('papers/2020/hostile-paper.md', paperSchema, (at) => {
    switch (at) {
      case 'kind':
        return 'performance';
      case 'body':
      case 'exempt':
        return OMIT;
      case 'meeting':
        return 'test-board/2020-01-10';
      case 'item':
        return '1';
      case 'responses[].recommendations':
        return ['test-board/2020-01-10/rec-1-1'];
      case 'responses[].by':
        return 'alex-example';
    }
    return date(at);
  });
  const plan = make('plans/hostile-plan.yaml', planSchema, (at, p) => {
    switch (at) {
      case 'endorsed.body':
        return 'test-board';
      case 'source':
        return '2020/hostile-paper';
      case 'themes[].id':
        return `theme-${Number(p[1]) + 1}`;
      case 'deliverables[].id':
        return `deliverable-${Number(p[1]) + 1}`;
      case 'deliverables[].theme':
        return 'theme-1';
    }
    return date(at);
  });
  const planReport = make('plan-reports/2020-01-10.yaml', planReportSchema, (at, p) => {
    switch (at) {
      case 'plan':
        return 'hostile-plan';
      case 'paper':
        return '2020/hostile-paper';
      case 'entries[].deliverable':
        return `deliverable-${Number(p[1]) + 1}`;
      case 'entries[].status':
        return 'in-progress';
      case 'entries[].target':
        return 'Q3 2022/23';
    }
    return date(at);
  });
  const measure = make('measures/hostile-measure.yaml', measureSchema, (at) => {
    if (at === 'theme') return 'hostile-plan/theme-1';
    if (at === 'observations[].paper') return '2020/hostile-paper';
    return undefined;
  });
  const inspection = make('inspections/hostile-inspection.yaml', inspectionSchema, (at) => {
    if (at === 'date') return '2022';
    if (at === 'papers') return ['2020/hostile-paper'];
    if (at === 'meetings') return ['test-board/2020-01-10'];
    return undefined;
  });
  const topic = make('topics/hostile-topic.yaml', topicSchema, (at) =>
    at === 'entries'
      ? [
          { meeting: 'test-board/2020-01-10', item: '1' },
          { recommendation: 'test-board/2020-01-10/rec-1-1' },
          { paper: '2020/hostile-paper' },
          { inspection: 'hostile-inspection' },
          { action: '1/19', body: 'test-board' },
        ]
      : undefined,
  );

  markers.set('paper-body', 'papers/2020/hostile-paper.md: its text');
  const files: Record<string, string> = {
    'organisation.yaml': yaml(organisation),
    'bodies/test-board.yaml': yaml(body),
    'people/alex-example.yaml': yaml(person),
    'people/sam-sample.yaml': yaml({ name: 'Sam Sample', initials: ['SS'] }),
    'meetings/test-board/2020-01-10.yaml': yaml(meeting),
    'papers/2020/hostile-paper.md':
      `---\n${yaml(paper)}---\n${hostileText('paper-body')}\n\n| a | b |\n| ` + `- | - |\n| ${hostileText('paper-body').replace(/\|/g, '\\|')} | x |\n`,
    'plans/hostile-plan.yaml': yaml(plan),
    'plan-reports/2020-01-10.yaml': yaml(planReport),
    'measures/hostile-measure.yaml': yaml(measure),
    'inspections/hostile-inspection.yaml': yaml(inspection),
    'topics/hostile-topic.yaml': yaml(topic),
  };
  return { files, markers };
}
