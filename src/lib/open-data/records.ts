import { z } from 'astro/zod';

// The records of each open-data file, as zod schemas: the build checks every file it writes
// against them, and the JSON Schema published beside each file is generated from them. Field
// names are part of the published interface: add fields, never rename or remove one.
const text = (d: string) => z.string().describe(d);
const maybe = (d: string) => z.string().nullable().describe(d);
const day = (d: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .describe(`${d} (YYYY-MM-DD)`);
const maybeDay = (d: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable()
    .describe(`${d} (YYYY-MM-DD), or null`);
const time = (d: string) =>
  z
    .string()
    .regex(/^\d{2}:\d{2}$/)
    .nullable()
    .describe(`${d} (HH:MM, UK time), or null`);
const address = (d: string) => z.string().url().describe(d);

export const datasets = {
  meetings: {
    title: 'Meetings',
    description: 'Every meeting of every board and panel, past and upcoming.',
    record: z
      .object({
        id: text('The meeting\'s id: "<body id>/<date>"'),
        body: text("The body's id"),
        bodyName: text("The body's name"),
        date: day('The day of the meeting'),
        start: time('When it starts'),
        end: time('When it ends'),
        location: maybe('Where it is held'),
        status: z.enum(['scheduled', 'held', 'cancelled']).describe('scheduled, held or cancelled'),
        minutes: z.enum(['none', 'draft', 'awaiting-approval', 'approved']).describe('The state of its minutes; draft minutes are not published'),
        url: address('Its page'),
      })
      .strict(),
  },
  'agenda-items': {
    title: 'Agenda items',
    /** Published a file per year: with the minutes' text, the whole archive would be one very large file. */
    byYear: true,
    description: 'Every agenda item and numbered paragraph of every published meeting. Exempt items give only their number, title and reason.',
    record: z
      .object({
        meeting: text("The meeting's id"),
        date: day('The day of the meeting'),
        number: text('The number as printed, e.g. "4.1.2"'),
        title: maybe('The heading as printed, or null for a numbered paragraph without one'),
        exempt: z.boolean().describe('Whether it was exempt from publication'),
        exemptReason: maybe('Why it was exempt'),
        text: maybe('The minute text (Markdown), or null'),
        papers: z.array(z.string()).describe('Ids of the published papers under it'),
        url: address('Its place on the meeting page'),
      })
      .strict(),
  },
  attendance: {
    title: 'Attendance',
    byYear: true,
    description: 'Who the published minutes record at each meeting, and in what capacity.',
    record: z
      .object({
        meeting: text("The meeting's id"),
        date: day('The day of the meeting'),
        person: text("The person's id"),
        name: text('Their name'),
        group: z.enum(['present', 'in-attendance', 'apologies', 'absent']).describe('present, in-attendance, apologies or absent'),
        as: maybe('The capacity in which the minutes list them'),
        substituteFor: maybe('The id of the member they stood in for'),
        arrived: time('When they arrived, if late'),
        left: time('When they left, if early'),
        remote: z.boolean().describe('Whether they attended remotely'),
      })
      .strict(),
  },
  actions: {
    title: 'Actions',
    description: 'Every action raised, its owner, due date and status as derived from the updates at later meetings.',
    record: z
      .object({
        id: text("The action's id, also its fragment on the action log"),
        ref: maybe('The reference the minutes give, e.g. "32/15"'),
        body: text("The body's id"),
        text: maybe('The action as minuted'),
        owner: maybe("The owner's person or organisation id"),
        ownerName: maybe("The owner's name as written"),
        raisedAt: maybe('The id of the meeting that raised it, or null if it was raised before this archive'),
        raisedOn: maybeDay('The day it was raised'),
        due: maybeDay('When it is due, after any change at a later meeting'),
        dueText: maybe('The due date as the minutes word it, when not a date'),
        status: z.enum(['open', 'progressing', 'completed']).describe('open, progressing or completed'),
        overdue: z.boolean().describe('Not completed by its due date, as at the date of the data'),
        latestUpdate: maybe('The latest update as minuted'),
        latestUpdateOn: maybeDay('The day of the meeting that gave it'),
        url: address('Its row in the action log'),
      })
      .strict(),
  },
  recommendations: {
    title: 'Recommendations',
    description: 'Every recommendation made at a published meeting, whom it was made to, and its status as derived from the responses.',
    record: z
      .object({
        id: text('The recommendation\'s id: "<meeting id>/<recommendation id>"'),
        meeting: text("The meeting's id"),
        body: text("The body's id"),
        date: day('The day it was made'),
        item: text('The agenda item it was made under'),
        number: maybe('The number the minutes give it'),
        text: text('The recommendation as minuted'),
        to: maybe('The id of the person or organisation asked to respond, or null'),
        toName: maybe('Their name'),
        status: z
          .enum(['awaiting-response', 'responded', 'accepted', 'partly-accepted', 'not-accepted', 'implemented', 'no-response-sought'])
          .describe('Derived from the responses published by the date of the data'),
        responses: z.array(z.string()).describe('Addresses of its responses (see responses)'),
        url: address('Its page'),
      })
      .strict(),
  },
  responses: {
    title: 'Responses to recommendations',
    description: 'Every response a published paper gives to recommendations, in its own words.',
    record: z
      .object({
        id: address("The response's address in its paper"),
        paper: text("The paper's id"),
        date: day('The day of the response'),
        number: maybe('The number the paper gives it'),
        recommendations: z.array(z.string()).describe('Ids of the recommendations it answers'),
        recommendationAsWorded: maybe('The recommendation as the paper words it'),
        text: text('The response as printed (Markdown)'),
        outcome: z
          .enum(['accepted', 'partly-accepted', 'not-accepted', 'implemented'])
          .nullable()
          .describe('What it does with the recommendation, as the editor reads its words; null if it does not say'),
        by: maybe('The id of the person who gave it'),
      })
      .strict(),
  },
  decisions: {
    title: 'Decisions',
    description: "Every decision and resolution in the published minutes, in the minutes' own words.",
    record: z
      .object({
        id: address("The decision's place on the meeting page"),
        meeting: text("The meeting's id"),
        body: text("The body's id"),
        date: day('The day of the meeting'),
        item: text('The agenda item'),
        kind: z
          .enum(['agreed', 'noted', 'approved', 'endorsed', 'resolved', 'appointed', 'deferred'])
          .nullable()
          .describe('agreed, noted, approved, endorsed, resolved, appointed or deferred; null if not stated'),
        significant: z.boolean().describe('Recorded as of significant public interest (Specified Information Order)'),
        text: text('The decision as minuted'),
        people: z.array(z.string()).describe('Ids of the people it names'),
      })
      .strict(),
  },
  deliverables: {
    title: 'Plan deliverables and their status history',
    description: "Each report's entry for each deliverable of the Police and Crime Plan: one row per deliverable per report.",
    record: z
      .object({
        plan: text("The plan's id"),
        theme: text("The theme's id"),
        deliverable: text("The deliverable's id"),
        title: text('The deliverable as the plan words it'),
        report: day('The day of the report'),
        section: text('The section of the report it is in'),
        status: text('Its status in that report'),
        target: maybe('The target the report gives'),
        dependencies: z.boolean().describe('Whether the report identifies dependencies'),
        update: maybe('The update the report gives (Markdown)'),
        url: address("The deliverable's page"),
      })
      .strict(),
  },
  observations: {
    title: 'Performance measures and their observations',
    description: 'Every figure of every performance measure, with its target and comparisons.',
    record: z
      .object({
        measure: text("The measure's id"),
        title: text('The measure'),
        unit: text('Its unit'),
        better: z.enum(['higher', 'lower', 'neither']).describe('Which way is better'),
        period: text('The period as the source gives it'),
        category: maybe('For a breakdown, the category'),
        value: z.number().describe('The figure'),
        previousYear: z.number().nullable().describe('The same period a year before, or null'),
        msg: z.number().nullable().describe('The most similar group of forces, or null'),
        national: z.number().nullable().describe('The national figure, or null'),
        regional: z.number().nullable().describe('The regional figure, or null'),
        targetComparison: maybe('How the value is compared with the target'),
        targetValue: z.number().nullable().describe('The target, or null'),
        paper: text('The id of the paper it comes from'),
        url: address("The measure's page"),
      })
      .strict(),
  },
} as const;

export type DatasetName = keyof typeof datasets;
export const splitByYear = (name: DatasetName) => 'byYear' in datasets[name];
export type DatasetRecord<N extends DatasetName> = z.infer<(typeof datasets)[N]['record']>;
export const datasetNames = Object.keys(datasets) as DatasetName[];
