import { z } from 'astro/zod';
import { isoDate, markdown, ref, oneOf } from './common';

const slug = (what: string) => z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: `expected a ${what} id: lower-case words joined by hyphens` });

/**
 * The progress a report can give a deliverable. Being new in a report is not a progress status: it
 * is where the report lists it (section: new).
 */
export const deliverableStatuses = ['not-started', 'in-progress', 'nearly-complete', 'complete', 'business-as-usual', 'on-hold'] as const;
export type DeliverableStatus = (typeof deliverableStatuses)[number];

/** A quarter of a financial year as reports write it: "Q3 2022/23" or "Q3/4 2022/23". */
export const quarter = z.string().regex(/^Q[1-4](?:\/Q?[1-4])? \d{4}\/\d{2}$/, {
  message: 'expected a quarter of a financial year such as "Q3 2022/23" or "Q3/4 2022/23"',
});

export const themeSchema = z
  .object({
    id: slug('theme'),
    name: z.string().min(1),
    /** The theme's "What we will do" statement, as printed. */
    whatWeWillDo: markdown.optional(),
  })
  .strict();

export const deliverableSchema = z
  .object({
    id: slug('deliverable'),
    theme: slug('theme'),
    /** The deliverable as the reports name it. */
    title: z.string().min(1),
  })
  .strict();

/** A Police and Crime Plan: its themes and the deliverables that reports follow. */
export const planSchema = z
  .object({
    title: z.string().min(1),
    period: z.string().optional(),
    /** When and by whom it was endorsed, as the record gives it, e.g. "November 2021". */
    endorsed: z
      .object({ body: ref('body').optional(), when: z.string().min(1) })
      .strict()
      .optional(),
    published: isoDate.optional(),
    /** The paper these facts are taken from. */
    source: ref('paper').optional(),
    themes: z.array(themeSchema).min(1, { message: 'a plan needs at least one theme' }),
    deliverables: z.array(deliverableSchema).default([]),
  })
  .strict();

export const reportSections = ['completed', 'current', 'new'] as const;

export const reportEntrySchema = z
  .object({
    deliverable: slug('deliverable'),
    /** Where the report lists it: completed deliverables, current deliverables, or new deliverables. */
    section: oneOf(reportSections),
    /** The update text exactly as printed, e.g. "Activities ongoing. Business Community event scheduled …". */
    update: markdown.optional(),
    /**
     * Only where the update's wording does not say the status in words the generator knows;
     * otherwise the status is read from the update itself.
     */
    status: z
      .enum(deliverableStatuses, {
        errorMap: (_issue, ctx) => ({
          message:
            ctx.data === 'new'
              ? '"new" is not a progress status: a deliverable new in this report is listed under section: new. Remove the status line, or give its progress (' +
                deliverableStatuses.join(', ') +
                ')'
              : `expected one of: ${deliverableStatuses.join(', ')}`,
        }),
      })
      .optional(),
    /** A target the update gives, e.g. "Q3 2022/23" from "Scheduled for completion Q3, 2022/23". */
    target: quarter.optional(),
  })
  .strict();

/** One report on the Plan's delivery: the status and update of each deliverable it mentions. */
export const planReportSchema = z
  .object({
    plan: ref('plan'),
    date: isoDate,
    title: z.string().min(1),
    /** The paper that is the report, and so the meeting that received it. */
    paper: ref('paper'),
    entries: z.array(reportEntrySchema).min(1, { message: 'a report lists at least one deliverable' }),
  })
  .strict();

export type Plan = z.infer<typeof planSchema>;
export type Theme = z.infer<typeof themeSchema>;
export type Deliverable = z.infer<typeof deliverableSchema>;
export type PlanReport = z.infer<typeof planReportSchema>;
export type ReportEntry = z.infer<typeof reportEntrySchema>;
