import { z } from 'astro/zod';
import { contact, webAddress } from './common';

/** Site settings: who publishes this record. One file, `organisation.yaml`, at the top of the content folder. */
export const organisationSchema = z
  .object({
    name: z.string().min(1),
    shortName: z.string().min(1),
    /** The policing area, e.g. "Cambridgeshire and Peterborough". */
    area: z.string().min(1),
    /** Where the built site will live; used for canonical links. */
    baseUrl: webAddress('the full address of the site, e.g. https://www.example.gov.uk'),
    description: z.string().optional(),
    contact: contact.optional(),
    accessibilityContact: contact.optional(),
    /**
     * Organisations that can own actions, e.g. the Office of the PCC or the Constabulary, keyed by
     * the id used in `owner:` fields.
     */
    /** The licence of the open data and the record: the Open Government Licence v3.0 unless said otherwise. */
    licence: z
      .object({ name: z.string().min(1), url: webAddress('the full address of the licence') })
      .strict()
      .default({ name: 'Open Government Licence v3.0', url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/' }),
    organisations: z.record(z.string().regex(/^[a-z0-9-]+$/), z.object({ name: z.string(), abbreviation: z.string().optional() }).strict()).default({}),
  })
  .strict();

export type Organisation = z.infer<typeof organisationSchema>;
