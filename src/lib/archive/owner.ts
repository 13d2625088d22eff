import type { Organisation } from '../../schemas';
import type { Owner, PersonRecord } from './types';

/** Whom an id names: a person (a file in people/) or an organisation of organisation.yaml; undefined if neither. */
export function ownerById(id: string, personById: Map<string, PersonRecord>, organisations: Organisation['organisations']): Owner | undefined {
  const person = personById.get(id);
  if (person) return { kind: 'person', person, as: id };
  const org = organisations[id];
  return org ? { kind: 'organisation', id, name: org.name } : undefined;
}
