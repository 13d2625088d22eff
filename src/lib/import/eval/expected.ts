import { z } from 'astro/zod';

/**
 * What a careful reader takes from one evaluation document (tests/fixtures/import/<name>.expected.yaml):
 * the key fields `npm run import:eval` scores the importer on. Names are bare (no "Councillor"),
 * numbers as printed without a trailing full stop, decisions and actions by a phrase of their wording.
 */
export const expectedMinutesSchema = z
  .object({
    synthetic: z.literal(true, { errorMap: () => ({ message: 'every evaluation document is synthetic: say `synthetic: true`' }) }),
    modelledOn: z.string().min(10, 'say what kind of real, public document its layout follows'),
    kind: z.literal('minutes'),
    language: z.enum(['en', 'cy', 'bilingual']).default('en'),
    body: z.string().min(1),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD'),
    start: z
      .string()
      .regex(/^\d{2}:\d{2}$/, 'a time as HH:MM, 24-hour')
      .optional(),
    place: z.string().optional(),
    attendance: z.array(
      z
        .object({
          name: z.string().min(1),
          group: z.enum(['present', 'in-attendance', 'apologies']),
          role: z.string().optional(),
        })
        .strict(),
    ),
    // An item the minutes print without a number is known by its title (decisions and actions then name it by title).
    items: z.array(z.object({ number: z.coerce.string().optional(), title: z.string().optional() }).strict()).min(1),
    decisions: z.array(z.object({ item: z.coerce.string(), text: z.string().min(3) }).strict()).default([]),
    // An action in a closing list ("Agreed actions") may name no item: it is then matched in any.
    actions: z.array(z.object({ item: z.coerce.string().optional(), text: z.string().min(3), owner: z.string().optional() }).strict()).default([]),
  })
  .strict();

export type ExpectedMinutes = z.infer<typeof expectedMinutesSchema>;
