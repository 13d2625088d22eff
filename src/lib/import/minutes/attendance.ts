import type { Directory } from '../directory';
import { findClockTime } from '../uk-date';
import { normaliseName, plain } from './text';
import { bareName, honorifics, isNameShaped, notPeople, organisationShaped, roleWords } from '../rules/names';
import { memberLabel } from '../rules/attendance';
import type { ParsedAttendee } from './types';

/** One attendee of a list, from its words: a name, then its role and notes in brackets or after a dash. */
export function personOf(part: string, group: ParsedAttendee['group'], directory: Directory, plural?: string): ParsedAttendee | undefined {
  // "Y Cynghorydd / Councillor Eleri Prydderch", "Cynghorydd Sir / County Councillor X": the English title is kept.
  let text = part
    .replace(/^\*\s*/, '')
    .replace(/^the\s+(?=rev)/i, '')
    // "Peter Quance* (Saltmarsh Borough Council)": a footnote's mark after a name.
    .replace(/(?<=\p{L})[*†]+(?=\s|$)/u, '')
    .replace(/^[\p{L} .]{2,30}\s*\/\s*(?=(?:county |district |borough |town )?(?:councillor|cllr))/iu, '')
    .trim();
  const out: ParsedAttendee = { name: '', group };
  const roles: string[] = [];
  // "The High Sheriff (Councillor Lennon)", "The Lord Mayor (Councillor A Byrne)": an office, then who holds it.
  const office = /^(?:the\s+)?(\p{Lu}[\p{L} -]{2,40}?)\s*\(((?:cllr|councillor|alderman|mr|mrs|ms|dr)\.?\s+[^()]{2,60})\)$/iu.exec(text);
  if (office && (roleWords.test(office[1]!) || !honorifics.test(office[1]!))) {
    roles.push(office[1]!.trim());
    text = office[2]!.trim();
  }
  for (const q of text.matchAll(/[([]([^)\]]*)[)\]]/g)) {
    const words = q[1]!.trim();
    const time = findClockTime(words)?.time;
    // Read into a field, its words are kept as printed too, unless they say no more than the field ("left at 8.20pm"):
    // "left at 8.20pm, during minute 205/24", "virtual", "substitute for Cllr D Penrose".
    const timeOnly = /^(?:left|from|arrived)(?:\s+(?:the meeting|at))*\s+[\d.:]+\s*(?:am|pm|a\.m\.|p\.m\.)?$/i.test(words);
    let kept = true;
    if (/^left/i.test(words) && time) [out.left, kept] = [time, !timeOnly];
    else if (/^(from|arrived)/i.test(words) && time) [out.arrived, kept] = [time, !timeOnly];
    else if (/^(virtual|remote|remotely|online|via )/i.test(words)) out.remote = true;
    else if (/^substitut(e|ing) for\s+/i.test(words)) out.substituteFor = words.replace(/^substitut(e|ing) for\s+/i, '');
    else {
      kept = false;
      if (/^\p{Lu}{2,4}$/u.test(words)) out.initials = words;
      else roles.push(words);
    }
    if (kept) out.note ??= `Printed "(${words})".`;
  }
  text = text.replace(/\s*[([][^)\]]*[)\]]/g, '').trim();
  // "Mr D A Penhaligon in the chair".
  const chair = /\s+in the chair$/i.exec(text);
  if (chair) {
    roles.unshift('Chair');
    text = text.slice(0, chair.index);
  }
  // "… Owain Mathias for item 8", "… from item 4": when they were there, a note, not part of the name.
  const during = /\s+((?:for|from|during|until|up to)\s+(?:items?|minutes?)\s+[\dA-Z/.]+(?:\s*(?:-|–|to|and)\s*[\dA-Z/.]+)?(?:\s+only)?)$/i.exec(text);
  if (during) {
    out.note = `Printed "${during[1]}".`;
    text = text.slice(0, during.index).trim();
  }
  const dash = /^(.+?)\s+[–—-]\s+(.+)$/.exec(text);
  if (dash && (postWords.test(dash[1]!) || roleWords.test(dash[1]!) || organisationShaped(dash[1]!)) && !isNameShaped(dash[1]!) && isNameShaped(dash[2]!)) {
    // "Chief Executive – Mr D Corrigan", "Internal Audit, Tiverton Moss LLP – Gareth Pennick": the post first, then the name.
    text = dash[2]!;
    roles.unshift(dash[1]!);
  } else if (dash && isNameShaped(dash[1]!)) {
    text = dash[1]!;
    roles.unshift(dash[2]!);
  }
  if (!isNameShaped(plural && !honorifics.test(text) ? `${plural} ${text}` : text)) return undefined;
  const known = directory.people.find((p) => normaliseName(p.name) === normaliseName(text));
  out.name = known ? known.name : plural && !honorifics.test(text) ? `${plural} ${text}` : text;
  if (roles.length) out.as = roles.join(', ');
  return out;
}

/** Splits a printed list at its commas, semicolons and "and"s, not inside brackets; each part with the separator before it. */
export function listParts(list: string): { text: string; sep: string }[] {
  const parts: { text: string; sep: string }[] = [];
  let depth = 0;
  let current = '';
  let sep = '';
  const words = list.replace(/\.$/, '').split(/(\s+|,|;)/);
  for (const w of words) {
    depth += (w.match(/[([]/g)?.length ?? 0) - (w.match(/[)\]]/g)?.length ?? 0);
    if (depth <= 0 && (w === ',' || w === ';' || /^(and|&|a\/and|ac\/and)$/i.test(w.trim()) || /^(ac|a)$/.test(w.trim()))) {
      if (current.trim()) parts.push({ text: current.trim(), sep });
      sep = w === ',' || w === ';' ? `${w} ` : ` ${w.trim()} `;
      current = '';
      continue;
    }
    current += w;
  }
  if (current.trim()) parts.push({ text: current.trim(), sep });
  // Names printed one after another with no comma, each with its title ("Cllr A Penrose (Mayor) Cllr T Blaylock").
  // (Not within brackets: "Councillor Julia Fenn (substituted by Councillor Peter Quance)" is one.)
  const titles = (s: string) => s.replace(/\([^)]*\)/g, (b) => '_'.repeat(b.length));
  return parts.flatMap((p) => {
    const masked = titles(p.text);
    if ((masked.match(/\b(?:Cllr|Councillor)\b/g)?.length ?? 0) < 2) return [p];
    const at = [...masked.matchAll(/\s+(?=(?:Cllr|Councillor)\b)/g)].map((m) => m.index);
    const cuts = [0, ...at, p.text.length];
    return cuts.slice(0, -1).map((from, k) => ({ text: p.text.slice(from, cuts[k + 1]).trim(), sep: k ? ', ' : p.sep }));
  });
}

/** "Ewan Ross" → "ER": the first letters of a name's words, its titles aside. */
const initialsOf = (name: string) =>
  bareName(name)
    .split(/[\s-]+/)
    .map((w) => w[0] ?? '')
    .join('')
    .toUpperCase();

/**
 * The people of a printed list ("Councillor A Jowett (Chair), Councillor B Ellery, Mr C Ashdown,
 * Independent Member and Mrs L Keighley"): a part shaped like a post is the role of the name
 * before it; "Councillors A, B and C" are each a Councillor; what is neither is left as printed.
 */
export function listedPeople(list: string, group: ParsedAttendee['group'], directory: Directory): { people: ParsedAttendee[]; left: string[] } {
  const entries = semicolonEntries(list, group, directory);
  if (entries) return { people: entries, left: [] };
  const people: ParsedAttendee[] = [];
  const left: string[] = [];
  let plural: string | undefined;
  let afterPost = false;
  for (const { text, sep } of listParts(list)) {
    let part = text;
    const last = people[people.length - 1];
    // "Mr P Gault, Network Engineer, Ballyfern Water": in a list whose every name is a title and initials ("Mr P Gault"), an
    // untitled part with no initial in it, after a comma (or after a post, by "and"), is the post and organisation before it.
    const titledList =
      last && !plural && people.every((p) => honorifics.test(p.name) && /^\p{Lu}(?:\.?\s*\p{Lu})*\.?\s+\p{Lu}/u.test(p.name.replace(honorifics, '')));
    if (titledList && (sep.trim() === ',' || afterPost) && !honorifics.test(part) && !/(?:^|\s)\p{Lu}\.?(?=\s|$)/u.test(part.replace(/\([^)]*\)/g, ''))) {
      const post = part.replace(/\s*\(([^)]*)\)$/, (_, note: string) => ((last.note = `Printed "(${note})".`), ''));
      last.as = last.as ? `${last.as}${sep.trim() === ',' ? ', ' : sep}${post}` : post;
      afterPost = true;
      continue;
    }
    afterPost = false;
    // "…; Independent Members: Ruth Kinsella and Colin Arkwright": a label of a part of the list begins its names afresh.
    const labelled = memberLabel.exec(part);
    if (labelled && labelled[2]) {
      part = labelled[2];
      plural = /^councillors$/i.test(labelled[1]!) ? 'Councillor' : /cynghorwyr$/i.test(labelled[1]!) ? 'Cynghorydd' : undefined;
    }
    // ("Y Cynghorwyr / Councillors A and B": the English title of a bilingual one.)
    const many = /^(?:(?:cyng\.?|y cynghorwyr|cynghorwyr)\s*\/\s*)?(councillors|cllrs\.?|y cynghorwyr|cynghorwyr|aldermen|messrs\.?)(?:\s*[–—:-])?\s+/i.exec(
      part,
    );
    if (many) {
      plural = /^(y )?cynghorwyr/i.test(many[1]!) ? 'Cynghorydd' : /^alder/i.test(many[1]!) ? 'Alderman' : 'Councillor';
      part = part.slice(many[0].length);
    } else if (honorifics.test(part)) plural = undefined;
    const person = personOf(part, group, directory, plural);
    if (person) {
      people.push(person);
      continue;
    }
    // The rest of a post, printed with its own "and" or comma ("… – Police and Crime Commissioner", "… – Chief Executive, OPCC").
    if (
      last &&
      !notPeople.test(part) &&
      (postWords.test(part) ||
        roleWords.test(part) ||
        organisationShaped(part) ||
        /^[\p{Ll}(]/u.test(part) ||
        /^(office|the)\b/i.test(part) ||
        (last.as && /^\p{Lu}{2,6}$/u.test(part)))
    ) {
      // "Ewan Ross, Chair (ER)": initials after the post, when they are the person's, are theirs ("(WFRS)" stays in the post).
      const tagged = /^(.*\S)\s*\((\p{Lu}{2,4})\)$/u.exec(part);
      const own = tagged !== null && tagged[2] === initialsOf(last.name);
      if (own) last.initials ??= tagged[2];
      const post = own ? tagged[1]! : part;
      last.as = last.as ? `${last.as}${sep.trim() === ',' || sep.trim() === ';' ? ', ' : sep}${post}` : post;
      afterPost = true;
      continue;
    }
    left.push(part);
  }
  return { people, left };
}

/** The names of a list given in a sentence ("Apologies were received from Councillors G Hill and J King"). */
export function splitNames(list: string, directory: Directory = { people: [], bodies: [], organisations: {} }): string[] {
  return listedPeople(list.replace(/,?\s+(who|whose|as|because|due to|owing to)\b.*$/i, ''), 'apologies', directory).people.map((p) => p.name);
}

/** The words of a post that split "Nick Dean Chief Constable" into a name and a role (a shorter list than rules/names.ts's roleWords, which also holds the words of organisations; the seeds' owners depend on it). */
export const postWords =
  /\b(police|chief|deputy|assistant|head|director|senior|business|manager|officer|chair|vice|member|councillor|commissioner|constable|superintendent|inspector|clerk|secretary|treasurer|monitoring|communications|performance|convener|provost|bailie)\b/i;

/** "Name<TAB>Role", "Name, Role<TAB>LW" or "Name Role" (split at a known name, else at the first word of a role). */
export function attendee(raw: string, group: ParsedAttendee['group'], directory: Directory): ParsedAttendee {
  const cells = raw
    .split('\t')
    .map((c) => plain(c))
    .filter((c) => c !== '');
  let initials: string | undefined;
  if (cells.length > 1 && /^[A-Za-z]{1,4}$/.test(cells[cells.length - 1]!)) initials = cells.pop()!.toUpperCase();
  if (cells.length > 1) {
    const as = cells.slice(1).join(', ');
    const remote = /\s*\((virtual|remote|remotely)\)$/i.exec(as);
    return {
      name: cells[0]!,
      as: as.slice(0, remote ? remote.index : as.length),
      group,
      initials,
      ...(remote ? { remote: true, note: `Printed "${remote[0].trim()}".` } : {}),
    };
  }
  const line = cells[0] ?? plain(raw);
  const comma = line.indexOf(',');
  if (comma > 0 && !postWords.test(line.slice(0, comma))) return { name: line.slice(0, comma).trim(), as: line.slice(comma + 1).trim(), group, initials };
  const person = directory.people
    .filter((p) => normaliseName(line).startsWith(normaliseName(p.name)) && normaliseName(p.name) !== '')
    .sort((a, b) => b.name.length - a.name.length)[0];
  if (person) {
    const words = person.name.split(/\s+/).length;
    const rest = line.split(/\s+/).slice(words).join(' ');
    return { name: line.split(/\s+/).slice(0, words).join(' '), as: rest || undefined, group, initials };
  }
  const words = line.split(/\s+/);
  const at = words.findIndex((w, i) => i >= 2 && postWords.test(w));
  if (at > 0) return { name: words.slice(0, at).join(' '), as: words.slice(at).join(' '), group, initials };
  return { name: line, group, initials };
}

/**
 * "Deborah Hemsworth, Police, Fire and Crime Commissioner (Chair); Chief Constable Niall Brannigan, Wealdshire Police; …
 * and Carla Mbeki, Area Manager, Witness Service": entries parted by semicolons, each a name and then, after its first
 * comma, the post and organisation. Only when every entry's first part is a person.
 */
function semicolonEntries(list: string, group: ParsedAttendee['group'], directory: Directory): ParsedAttendee[] | undefined {
  const parts = list
    .replace(/\.$/, '')
    .split(/\s*;\s*/)
    .map((p) => p.replace(/^and\s+/i, '').trim())
    .filter(Boolean);
  if (parts.length < 2 || parts.filter((p) => p.includes(',')).length * 2 < parts.length) return undefined;
  const people: ParsedAttendee[] = [];
  for (const part of parts) {
    const comma = part.indexOf(',');
    const name = comma < 0 ? part : part.slice(0, comma);
    const post = comma < 0 ? '' : part.slice(comma + 1).trim();
    const person = personOf(name, group, directory);
    if (!person || /,|\band\b/.test(person.name) || /^(?:councillors|cllrs)\b/i.test(name)) return undefined;
    // (The post says an office or an organisation, and names no one: not "Dr R Mansel, Mr G Pugh and Ms S Vaughan-Lloyd".)
    if (post && /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Rev|Revd|Reverend|Cllr|Councillors?)\.?\s+\p{Lu}|\b\p{Lu}\.?\s+\p{Lu}\p{Ll}/u.test(post))
      return undefined;
    if (post) person.as = person.as ? `${person.as}, ${post}` : post;
    people.push(person);
  }
  return people;
}
