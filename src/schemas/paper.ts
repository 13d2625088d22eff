import { z } from 'astro/zod';
import { contact, isoDate, ref, oneOf } from './common';

export const paperKinds = [
  'report', 'performance', 'forward-plan', 'annual-report', 'inspection', 'letter', 'agenda', 'minutes', 'other',
] as const;

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
    exempt: z.object({ reason: z.string().min(1, { message: 'an exempt paper needs the reason it is exempt' }) }).strict().optional(),
    summary: z.string().optional(),
  })
  .strict();

export type Paper = z.infer<typeof paperSchema>;
