import { z } from 'astro/zod';
import { markdown, ref } from './common';
import { agendaNumber } from './meeting';

const entryKinds = ['meeting', 'action', 'recommendation', 'paper', 'inspection'] as const;

/**
 * One step of a topic's story: an agenda item (or a whole meeting), an action, a recommendation,
 * a paper or an inspection. The topic page puts them in date order; the record itself says what
 * happened, so an entry only points at it.
 */
export const topicEntrySchema = z
  .object({
    /** A meeting id; with `item`, one agenda item of it. */
    meeting: ref('meeting').optional(),
    item: agendaNumber.optional(),
    /** An action's reference as the minutes print it, e.g. "6.0"; needs `body`. */
    action: z.string().min(1).optional(),
    body: ref('body').optional(),
    /** "<meeting id>/<recommendation id>". */
    recommendation: ref('recommendation').optional(),
    paper: ref('paper').optional(),
    inspection: ref('inspection').optional(),
  })
  .strict()
  .superRefine((e, ctx) => {
    const given = entryKinds.filter((k) => e[k] !== undefined);
    if (given.length !== 1) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        message:
          given.length === 0
            ? `expected one of: ${entryKinds.join(', ')} (what this step of the topic points at)`
            : `expected only one of ${given.join(', ')}: make each a separate entry`,
      });
    }
    if (e.item !== undefined && e.meeting === undefined) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['meeting'],
        message: 'an item needs the meeting it belongs to, e.g. meeting: police-and-crime-panel/2022-09-14',
      });
    }
    if (e.action !== undefined && e.body === undefined) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['body'], message: 'an action needs the body that raised it, e.g. body: business-coordination-board' });
    }
    if (e.body !== undefined && e.action === undefined) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['body'], message: 'body is only used with action' });
    }
  });

/** A subject followed across meetings, e.g. civil parking enforcement. */
export const topicSchema = z
  .object({
    title: z.string().min(1),
    /** A sentence on what the topic covers, in the record's own terms. */
    summary: markdown.optional(),
    entries: z.array(topicEntrySchema).min(1, { message: 'a topic needs at least one entry' }),
  })
  .strict();

export type Topic = z.infer<typeof topicSchema>;
export type TopicEntry = z.infer<typeof topicEntrySchema>;
