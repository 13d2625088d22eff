import type { Directory } from '../directory';
import { listedPeople, personOf } from './attendance';
import { listedAlready } from './list-lines';
import type { ParsedAttendee } from './types';

type Group = ParsedAttendee['group'];

/** Sentences of prose, not broken after a title's full stop ("Cllrs. J Irwin", "Mr. Jones"). */
export const sentencesOf = (text: string) => text.replace(/\s+/g, ' ').split(/(?<!\b(?:Mr|Mrs|Ms|Dr|Cllr|Cllrs|Cyng|St|No|Rev|Revd|[A-Z]))[.!?]\s+(?=[A-Z"“])/);

/**
 * Attendance given in sentences, each rule named: "Apologies were received from …" (and the Welsh
 * "Cafwyd ymddiheuriadau … gan …"), "… were present", "… was also in attendance", "… attended".
 */
export const sentenceRules: { name: string; pattern: RegExp; group: Group }[] = [
  {
    name: 'apologies from',
    pattern:
      /\bapolog(?:y|ies)(?: for (?:absence|lateness))?(?: (?:were|was|had been))?(?: (?:received|submitted|given|tendered|noted|recorded|reported))?(?: and accepted)?(?: (?:from|on behalf of|for))\s+(.+)$/i,
    group: 'apologies',
  },
  { name: 'ymddiheuriadau gan', pattern: /\bymddiheuriadau\b.*?\bgan\s+(.+)$/i, group: 'apologies' },
  // "Also attending were Deputy Chief Constable Alison Wray; …", "In attendance were …": the list after the verb.
  {
    name: 'also attending were',
    pattern: /^(?:also\s+(?:attending|present|in attendance)|in attendance|attending)\s+(?:were|was)\s+(.+)$/i,
    group: 'in-attendance',
  },
  { name: 'present were', pattern: /^present\s+(?:were|was)\s+(.+)$/i, group: 'present' },
  { name: 'also present', pattern: /^(.+?),?\s+(?:were|was)\s+also\s+(?:present|in attendance)\b/i, group: 'in-attendance' },
  { name: 'in attendance', pattern: /^(.+?),?\s+(?:were|was)\s+in attendance\b/i, group: 'in-attendance' },
  { name: 'were present', pattern: /^(.+?),?\s+(?:were|was)\s+present\b/i, group: 'present' },
  { name: 'attended', pattern: /^(.+?)\s+attended\b(.*)$/i, group: 'in-attendance' },
];

const titled =
  /\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+(?:(?:Mrs|Ms|Mr)\s+)?(?:\p{Lu}\.?\s+){0,3}\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?(?:\s*\([^)]*\))?/gu;

/** The people a sentence says were present, in attendance or sent apologies; none when no rule fits. */
export function peopleInSentence(sentence: string, directory: Directory): ParsedAttendee[] {
  for (const rule of sentenceRules) {
    const m = rule.pattern.exec(sentence.trim().replace(/\.$/, ''));
    if (!m) continue;
    const list = (rule.name === 'attended' ? `${m[1]} ${m[2]}` : m[1]!)
      .replace(/,?\s+(?:who|whose|as|because|due to|owing to|on the grounds|and that)\b.*$/i, '')
      // "from Councillor Rennie and from Mr Gordon Haldane": the second "from" joins the list.
      .replace(/\b(and|,)\s+from\s+/gi, '$1 ')
      .replace(/,?\s*together with (?:the )?[\p{Ll} -]*?(?=\s(?:Mr|Mrs|Ms|Dr|Cllr|Councillor)\b)/gu, ', ');
    const { people } = listedPeople(list, rule.group, directory);
    if (people.length && rule.name !== 'attended') return people;
    // Names in apposition ("The Commissioner, Mrs Angela Kitching, attended with her Chief Executive, Mr Neil Lumsden"): those with a title.
    const found = [...list.matchAll(titled)].map((t) => personOf(t[0], rule.group, directory)).filter((p): p is ParsedAttendee => p !== undefined);
    if (found.length) return found;
    if (people.length) return people;
  }
  return [];
}

/** Adds people to a list unless already there under the same name, titles aside. */
export function addPeople(to: ParsedAttendee[], people: ParsedAttendee[]) {
  // ("Cllr Fairclough" is "Cllr Dennis Fairclough", listed already.)
  for (const p of people) if (!to.some((a) => listedAlready(a.name, p.name))) to.push(p);
}
