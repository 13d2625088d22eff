import { z } from 'astro/zod';
import { clockTime, isoDate, markdown, ref, oneOf } from './common';

/**
 * Agenda numbers as printed: "4", "4.1", "4.1.2", and the minute numbers of councils and panels
 * ("39/20", "16/05/1", "FC23/101", "P&R/23/041", "CAB 45", "CAB.84"): capital letters, then numbers
 * joined by "." or "/". A "." nests ("16/05/8.1" is a paragraph of "16/05/8"). Or a Roman numeral
 * up to XXXIX, as some boards number their items ("IV").
 */
export const agendaNumber = z
  .string({ invalid_type_error: 'expected an agenda number in quotes, e.g. "4.1"' })
  .regex(/^(?:(?:[A-Z]{1,5}(?:&[A-Z]{1,3})?[ ./-]?)?\d+(?:[./]\d+)*(?:\([a-z]\))?|(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})(?:\([a-z]\))?)$/, {
    message:
      'expected an agenda number such as "4", "4.1", "4.1.2", a lettered part such as "6(a)", a minute number such as "39/20" or "FC23/101", or a Roman numeral such as "IV"',
  });

export const attendanceGroups = ['present', 'in-attendance', 'apologies', 'absent'] as const;

export const attendanceSchema = z
  .object({
    person: ref('person'),
    group: z.enum(attendanceGroups, {
      errorMap: () => ({ message: `expected one of: ${attendanceGroups.join(', ')}` }),
    }),
    /** The capacity in which the minutes list them, e.g. "Head of Performance, Cambridgeshire Constabulary". */
    as: z.string().optional(),
    substituteFor: ref('person').optional(),
    arrived: clockTime.optional(),
    left: clockTime.optional(),
    remote: z.boolean().default(false),
    note: z.string().optional(),
  })
  .strict();

export const decisionKinds = ['agreed', 'noted', 'approved', 'endorsed', 'resolved', 'appointed', 'deferred'] as const;

export const decisionSchema = z
  .object({
    /** The sentence of the minutes that records it, word for word. */
    text: z.string().min(1),
    kind: oneOf(decisionKinds).optional(),
    /**
     * A decision of significant public interest: the kind the Elected Local Policing Bodies
     * (Specified Information) Order 2011 requires a Commissioner to publish. Only when the
     * record says so.
     */
    significant: z.boolean().default(false),
    /** People the decision names, e.g. someone appointed: person ids. */
    people: z.array(ref('person')).default([]),
  })
  .strict();

/** A name for a recommendation, unique within its meeting: lower case words joined by hyphens. */
export const recommendationId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'expected a short id such as "hmicfrs-full-report" (lower case, hyphens)' });

export const recommendationSchema = z
  .object({
    /**
     * How responses and topics refer to it: "<meeting id>/<id>", e.g.
     * "police-and-crime-panel/2022-07-20/hmicfrs-full-report". Without one, a recommendation is
     * still published, under its item number and position ("8-2").
     */
    id: recommendationId.optional(),
    /** The number the minutes give it, if any. */
    number: z.string().optional(),
    text: z.string().min(1),
    /**
     * Who is asked to respond: a person id or an organisation id from organisation.yaml. Leave it
     * out when the recommendation asks no one outside the body (it then awaits no response).
     */
    to: z.string().min(1).optional(),
  })
  .strict();

export const actionSchema = z
  .object({
    /** The reference the minutes give, e.g. "32/15". Actions without one are numbered for them. */
    ref: z.string().min(1).optional(),
    text: z.string().min(1),
    /** A person id, initials of someone at the meeting, or an organisation id from organisation.yaml. */
    owner: z.string().min(1).optional(),
    due: isoDate.optional(),
    /** A due date the minutes give only loosely, e.g. "December 2019" or "November Board". */
    dueText: z.string().optional(),
  })
  .strict();

export const actionStatuses = ['open', 'progressing', 'completed'] as const;

export const actionUpdateSchema = z
  .object({
    ref: z.string().min(1),
    status: oneOf(actionStatuses),
    /** The update as minuted, e.g. "SH progressing". */
    text: z.string().optional(),
    due: isoDate.optional(),
  })
  .strict();

export const agendaItemSchema = z
  .object({
    number: agendaNumber,
    /**
     * The item's heading as printed. Numbered paragraphs of minutes (4.1, 5.1.1) usually have
     * none: leave it out rather than make one up, and they are shown as numbered paragraphs.
     */
    title: z.string().min(1).optional(),
    /** Exempt from publication: only the number, title and reason are ever published. */
    exempt: z
      .object({
        reason: z.string({ required_error: 'an exempt item needs the reason, e.g. "Commercial in Confidence"' }).min(1, {
          message: 'an exempt item needs the reason, e.g. "Commercial in Confidence"',
        }),
        /** What the public minutes themselves say about the item, if anything. */
        publicNote: markdown.optional(),
      })
      .strict()
      .optional(),
    minutes: markdown.optional(),
    /** Page numbers in the agenda pack, e.g. "3 - 14". */
    pages: z.string().optional(),
    papers: z.array(ref('paper')).default([]),
    decisions: z.array(decisionSchema).default([]),
    recommendations: z.array(recommendationSchema).default([]),
    actions: z.array(actionSchema).default([]),
    actionUpdates: z.array(actionUpdateSchema).default([]),
  })
  .strict();

export const meetingStatuses = ['scheduled', 'held', 'cancelled'] as const;
export const minutesStatuses = ['none', 'draft', 'awaiting-approval', 'approved'] as const;

export const meetingSchema = z
  .object({
    body: ref('body'),
    date: isoDate,
    start: clockTime.optional(),
    end: clockTime.optional(),
    location: z.string().optional(),
    status: oneOf(meetingStatuses),
    minutes: z
      .object({
        /**
         * none: no minutes yet; draft: never published; awaiting-approval: published before
         * the next meeting confirms them; approved: confirmed, by `approvedAt` when we hold it.
         */
        status: oneOf(minutesStatuses),
        approvedAt: ref('meeting').optional(),
        signedBy: ref('person').optional(),
      })
      .strict()
      .default({ status: 'none' }),
    /** The title printed on the document, if it differs from the body's name. */
    heading: z.string().optional(),
    attendance: z.array(attendanceSchema).default([]),
    agenda: z.array(agendaItemSchema).default([]),
    nextMeeting: z
      .object({
        date: isoDate.optional(),
        start: clockTime.optional(),
        end: clockTime.optional(),
        location: z.string().optional(),
        text: z.string().optional(),
      })
      .strict()
      .optional(),
    /**
     * The document's opening lines as printed (title, date, time, place, attendance headings), kept
     * by the importer so that nothing of the source is lost; shown under "As printed".
     */
    printedHeader: markdown.optional(),
    /** Editorial notes on the transcription, shown as such. */
    note: z.string().optional(),
  })
  .strict();

export type Meeting = z.infer<typeof meetingSchema>;
export type AgendaItem = z.infer<typeof agendaItemSchema>;
export type Attendance = z.infer<typeof attendanceSchema>;
export type Action = z.infer<typeof actionSchema>;
export type ActionUpdate = z.infer<typeof actionUpdateSchema>;
export type ActionStatus = (typeof actionStatuses)[number];
export type AttendanceGroup = (typeof attendanceGroups)[number];
export type DecisionKind = (typeof decisionKinds)[number];
export type MeetingStatus = (typeof meetingStatuses)[number];
export type MinutesStatus = (typeof minutesStatuses)[number];
