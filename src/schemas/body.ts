import { z } from 'astro/zod';
import { isoDate, markdown, ref, oneOf } from './common';

export const bodyKinds = ['board', 'panel', 'working-group', 'committee', 'meeting'] as const;

export const membershipSchema = z
  .object({
    person: ref('person'),
    role: z.enum(['chair', 'vice-chair', 'member', 'co-opted member', 'independent member', 'substitute']).default('member'),
    from: isoDate.optional(),
    to: isoDate.optional(),
  })
  .strict();

/**
 * An action raised before the first meeting this archive holds. Later minutes update such
 * actions ("17/15 – SH progressing"), so they must be declared to be followed at all.
 */
export const earlierActionSchema = z
  .object({
    ref: z.string().min(1),
    subject: z.string().optional(),
    text: z.string().optional(),
    raisedOn: isoDate.optional(),
    raisedAtItem: z.string().optional(),
    owner: z.string().optional(),
  })
  .strict();

export const bodySchema = z
  .object({
    name: z.string().min(1),
    shortName: z.string().optional(),
    /** Other spellings used in documents, e.g. "Business Coordination Board". */
    alsoKnownAs: z.array(z.string()).default([]),
    kind: oneOf(bodyKinds),
    purpose: markdown.optional(),
    hostedBy: z.string().optional(),
    members: z.array(membershipSchema).default([]),
    earlierActions: z.array(earlierActionSchema).default([]),
  })
  .strict();

export type Body = z.infer<typeof bodySchema>;
export type EarlierAction = z.infer<typeof earlierActionSchema>;
export type BodyKind = (typeof bodyKinds)[number];
