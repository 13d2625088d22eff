import { z } from 'astro/zod';
import { contact, isoDate, markdown, ref, oneOf, webAddress } from './common';

/**
 * What a response does with a recommendation, as the editor reads the response's own words
 * (which are always published beside it). Leave it out when the response does not say.
 */
export const responseOutcomes = ['accepted', 'partly-accepted', 'not-accepted', 'implemented'] as const;

/** A response, in this paper, to recommendations made at a meeting. */
export const responseSchema = z
  .object({
    /** The recommendations it answers: "<meeting id>/<recommendation id>". */
    recommendations: z
      .array(ref('recommendation'), {
        required_error: 'list the recommendations this responds to, e.g. ["police-and-crime-panel/2022-07-20/hmicfrs-full-report"]',
      })
      .min(1, { message: 'list at least one recommendation this responds to' }),
    /** The number the paper gives it, e.g. "2" for "Recommendation 2". */
    number: z.string().optional(),
    /** The recommendation as the paper words it, when that differs from the minutes. */
    recommendation: z.string().optional(),
    /** The response as printed. */
    text: markdown,
    outcome: oneOf(responseOutcomes).optional(),
    /** Defaults to the paper's date. */
    date: isoDate.optional(),
    /** Who gave it: a person id. */
    by: ref('person').optional(),
  })
  .strict();

export const paperKinds = ['report', 'performance', 'forward-plan', 'annual-report', 'inspection', 'letter', 'agenda', 'minutes', 'other'] as const;

/** A paper or report, written as Markdown (or MDX) with this frontmatter. */
export const paperSchema = z
  .object({
    title: z.string().min(1),
    date: isoDate,
    kind: oneOf(paperKinds),
    /** The body it was written for; implied by `meeting` when that is given. */
    body: ref('body').optional(),
    meeting: ref('meeting').optional(),
    /** The agenda number it sits under at that meeting, e.g. "7". */
    item: z.string().optional(),
    from: z.string().optional(),
    to: z.string().optional(),
    author: z.string().optional(),
    contactOfficer: contact.optional(),
    /** Protective marking as printed on the paper, e.g. "NOT PROTECTIVELY MARKED". */
    marking: z.string().optional(),
    exempt: z
      .object({ reason: z.string().min(1, { message: 'an exempt paper needs the reason it is exempt' }) })
      .strict()
      .optional(),
    summary: z.string().optional(),
    /** The document as it was published, e.g. the PDF on the organisation's website: its real address only, never a guess. */
    original: z
      .object({
        url: webAddress('the full address of the original document, e.g. https://www.example.gov.uk/papers/report.pdf'),
        /** As a reader would choose by it, e.g. "PDF, 1.2 MB". */
        format: z.string().min(1).optional(),
      })
      .strict()
      .optional(),
    responses: z.array(responseSchema).default([]),
  })
  .strict();

export type RecommendationResponse = z.infer<typeof responseSchema>;
export type ResponseOutcome = (typeof responseOutcomes)[number];
export type Paper = z.infer<typeof paperSchema>;
export type PaperKind = (typeof paperKinds)[number];
