import { z } from 'astro/zod';

/** Identifiers are file names: lower-case words joined by hyphens, optionally in folders. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

/** A reference to another entry by its id (its path in the collection folder, without extension). */
export const ref = (what: string) =>
  z.string({ required_error: `a ${what} id is required` }).regex(idPattern, {
    message: `expected a ${what} id such as "performance-working-group" (lower case, hyphens)`,
  });

function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * A calendar date written YYYY-MM-DD. YAML parsers that turn dates into Date objects
 * silently roll 2019-02-30 over to 2 March, so we only accept the string form and check it
 * is a real day ourselves.
 */
export const isoDate = z.preprocess(
  // A Date can only reach us from a frontmatter parser; keep its calendar day.
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z
    .string({
      required_error: 'a date is required (YYYY-MM-DD, e.g. 2016-01-26)',
      invalid_type_error: 'expected a date written YYYY-MM-DD, e.g. 2016-01-26',
    })
    .refine(
      (s) => {
        const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
        return m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
      },
      { message: 'expected a real calendar date written YYYY-MM-DD, e.g. 2016-01-26' },
    ),
);

/** A clock time on the 24-hour clock, "09:00" or "15:30". */
export const clockTime = z
  .string({ invalid_type_error: 'expected a time written HH:MM in quotes, e.g. "14:00"' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'expected a 24-hour time HH:MM, e.g. "14:00"' });

/** Markdown text (minute text, purposes, notes). */
export const markdown = z.string().trim().min(1, { message: 'expected some text; remove the field if there is none' });

export const contact = z
  .object({
    name: z.string().optional(),
    email: z.string().email({ message: 'expected an email address' }).optional(),
    phone: z.string().optional(),
    address: z.string().optional(),
    textphone: z.string().optional(),
  })
  .strict();

export type Contact = z.infer<typeof contact>;

/** One of a fixed list of words, with an error that lists them. */
export const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values as unknown as [T[number], ...T[number][]], { errorMap: () => ({ message: `expected one of: ${values.join(', ')}` }) });

/** A web address to link to: http(s) only, so that no javascript: or data: address reaches a page. */
export const webAddress = (what: string) =>
  z
    .string()
    .url({ message: `expected ${what}` })
    .regex(/^https?:\/\//i, { message: `expected ${what}: it must start with https:// (or http://)` });
