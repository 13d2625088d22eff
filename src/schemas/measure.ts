import { z } from 'astro/zod';
import { markdown, ref, oneOf } from './common';

export const measureUnits = ['percent', 'count', 'rate-per-1000', 'minutes', 'seconds', 'hours', 'days', 'number'] as const;
export type MeasureUnit = (typeof measureUnits)[number];

export const targetSchema = z
  .object({
    /** How the value is compared with the target: "at least 90%", "below 5%". */
    comparison: z.enum(['at-least', 'at-most', 'above', 'below']),
    value: z.number({ invalid_type_error: 'expected the target as a number, e.g. 90 for 90%' }),
    /** The target as the source words it, e.g. "90% within 10 seconds". */
    text: z.string().optional(),
  })
  .strict();

/** Comparisons given beside a value: the same period last year, the most similar group, the national figure. */
export const comparisonKeys = ['previousYear', 'msg', 'national', 'regional'] as const;

export const observationSchema = z
  .object({
    /** The period as the source gives it, e.g. "Apr 22", "12 months to March 2015", "May 2021". */
    period: z.string({ required_error: 'every observation needs its period as the source gives it' }).min(1),
    /** For a breakdown rather than a time series: the category, e.g. "Crime" among online reports. */
    category: z.string().min(1).optional(),
    value: z.number({ invalid_type_error: 'expected a number (no % sign or commas)', required_error: 'every observation needs a value' }),
    previousYear: z.number().optional(),
    msg: z.number().optional(),
    national: z.number().optional(),
    regional: z.number().optional(),
    paper: ref('paper'),
    note: z.string().optional(),
  })
  .strict();

/** A performance measure and, inline or in a CSV beside it, its observations. */
export const measureSchema = z
  .object({
    title: z.string().min(1),
    unit: oneOf(measureUnits),
    /** Which way is better; "neither" for counts of demand. */
    better: z.enum(['higher', 'lower', 'neither']),
    target: targetSchema.optional(),
    description: markdown,
    /** Who produces the figures, e.g. "Cambridgeshire Constabulary". */
    source: z.string().min(1),
    /** Where it is grouped on the overview, e.g. "Responding to the public". */
    topic: z.string().min(1),
    /** A Plan theme it belongs to: "<plan id>/<theme id>". */
    theme: z
      .string()
      .regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, { message: 'expected "<plan id>/<theme id>"' })
      .optional(),
    /** How to chart it: a line over time, or bars across categories. */
    chart: z.enum(['line', 'bar']).default('line'),
    observations: z.array(observationSchema).default([]),
  })
  .strict();

export type Measure = z.infer<typeof measureSchema>;
export type Observation = z.infer<typeof observationSchema>;
export type Target = z.infer<typeof targetSchema>;

export const gradings = ['Outstanding', 'Good', 'Adequate', 'Requires improvement', 'Inadequate'] as const;

export const inspectionSchema = z
  .object({
    title: z.string().min(1),
    inspectorate: z.string().min(1),
    /** The inspected force, as named. */
    force: z.string().min(1),
    /** When the results were reported, as the record gives it. */
    date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { message: 'expected YYYY, YYYY-MM or YYYY-MM-DD' }),
    summary: markdown.optional(),
    gradings: z.array(z.object({ area: z.string().min(1), grading: oneOf(gradings) }).strict()).default([]),
    innovativePractice: z.array(z.object({ title: z.string().min(1), text: markdown.optional() }).strict()).default([]),
    areasForImprovement: z
      .array(
        z
          .object({
            area: z.string().min(1),
            text: z.string().min(1),
            actions: z.array(z.string().min(1)).default([]),
            impact: markdown.optional(),
            timescale: z.string().optional(),
          })
          .strict(),
      )
      .default([]),
    papers: z.array(ref('paper')).default([]),
    meetings: z.array(ref('meeting')).default([]),
  })
  .strict();

export type Inspection = z.infer<typeof inspectionSchema>;
