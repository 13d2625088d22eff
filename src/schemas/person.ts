import { z } from 'astro/zod';
import { isoDate } from './common';

export const roleSchema = z
  .object({
    title: z.string().min(1),
    organisation: z.string().optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
  })
  .strict();

/** A person named in the record. Only facts the documents give: never guess a role or a date. */
export const personSchema = z
  .object({
    name: z.string().min(1),
    /** How the minutes abbreviate them, e.g. ["LW"] in an action table. */
    initials: z.array(z.string().regex(/^[A-Za-z]{1,4}$/, { message: 'expected initials such as "LW"' })).default([]),
    roles: z.array(roleSchema).default([]),
    note: z.string().optional(),
  })
  .strict();

export type Person = z.infer<typeof personSchema>;
export type Role = z.infer<typeof roleSchema>;
