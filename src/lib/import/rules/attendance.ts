import type { ParsedAttendee } from '../minutes/types';

type Group = ParsedAttendee['group'];

/**
 * The headings an attendance list is printed under, each named for the review report, with the
 * group its people are in. English and Welsh. A heading may carry a note in brackets ("Also in
 * attendance (non-Cabinet Members speaking under Standing Order 22):").
 */
export const attendanceHeadings: { name: string; pattern: RegExp; group: Group | 'by-role' }[] = [
  // "Absent:", "Absent without apologies:": not recorded as anyone's attendance (the minutes keep the line as printed).
  { name: 'absent', pattern: /^(?:absent(?: without apologies)?|not present|absennol)(?=\s*[:–-]|\s*$|\t|\s{2,})/i, group: 'apologies' },
  {
    name: 'apologies',
    pattern: /^(?:apologies(?: for absence)?(?: received)?|apologies were received from|apols?\.?(?=\s*:)|ymddiheuriadau|ymddiheuriadau am absenoldeb)/i,
    group: 'apologies',
  },
  {
    name: 'in attendance',
    pattern:
      /^(?:also in attendance|also present|in attendance|officers(?: present| in attendance)?|others present|officials|staff|invitees|invited guests|guests|also attending|attending officers|attending|hefyd yn bresennol|yn bresennol hefyd|presennol hefyd|swyddogion(?: yn bresennol)?|yn mynychu)/i,
    group: 'in-attendance',
  },
  { name: 'those attending', pattern: /^(?:those (?:attending|present)|attendees|attendance|participants)/i, group: 'by-role' },
  {
    name: 'present',
    pattern:
      /^(?:present|members present|councillors present|elected members|independent members|co-opted (?:independent )?members|members|board members|committee members|panel members|sederunt|in the chair|yn bresennol|presennol|aelodau(?: yn bresennol)?)/i,
    group: 'present',
  },
  // "Sub-Committee:   Councillor Mrs P Greenhalgh": the body's own name as the heading of its members, with a colon.
  { name: 'members by body', pattern: /^(?:sub-committee|committee|panel|board|cabinet)(?=\s*:)/i, group: 'present' },
];

/** Labels of a part of the members present ("Councillors:", "Co-opted Independent Members:", "Y Cynghorydd / Councillor:"). */
export const memberLabel =
  /^(?:[\p{L} ]{3,30}?\s*\/\s*)?(councillors?|elected members|independent members|co-opted (?:independent )?members|co-opted members|substitutes?|substitute members?|lay members?|y cynghorwyr|cynghorwyr|y cynghorydd|cynghorydd)\s*:\s*(.*)$/iu;

/** A heading at the start of a line: the heading, then a colon, a dash, a tab, or nothing more. `row`: the line is a table's row. */
export function attendanceHeading(raw: string, row = false): { name: string; group: Group | 'by-role'; rest: string } | undefined {
  // "### Members present", "Yn bresennol / Present:": a Markdown heading's marks and a bilingual heading's second half are not part of it.
  const line = raw.replace(/^#{1,6}\s+/, '').replace(/^([^/:]{3,40}?)\s*\/\s*[\p{L} ]{3,40}(?=:)/u, '$1');
  // "Members of the Panel present:": a short heading ending in the word that says who.
  const short =
    /^(?:[\p{L}'’ -]{0,40}\s)?(present|in attendance|apologies(?: for absence)?)(?:\s+(?:virtually|remotely|online|in person|in the chamber))?(?:\s+(?:at the request of|at request of|for items?)\s+[\p{L}\d ,.'’-]{2,40}?)?\s*:?-?\s*$/iu.exec(
      line,
    );
  // Not a table's row that ends in its "Present" column ("Janet Quarrie<TAB>Healthwatch<TAB>Present").
  if (short && !row && line.split(/\s+/).length <= 8 && !/\b(were|was|are|is)\b/i.test(line))
    return {
      name: `heading ending "${short[1]}"`,
      group: /apolog/i.test(short[1]!) ? 'apologies' : /attendance|also|officers|others|staff/i.test(line) ? 'in-attendance' : 'present',
      rest: '',
    };
  // "Apologies were accepted from Deputy PFCC Simon Carrow and Ellen Morley": a sentence that is the apologies list.
  const said =
    /^apologies\s+(?:for absence\s+)?(?:were|was|had been)\s+(?:received|accepted|noted|given|submitted|tendered)\s+(?:from|for|on behalf of|by)\s+(.+?)\.?$/i.exec(
      line,
    );
  if (said) return { name: 'apologies were received from', group: 'apologies', rest: said[1]! };
  for (const h of attendanceHeadings) {
    const m = h.pattern.exec(line);
    if (!m) continue;
    const after = line.slice(m[0].length);
    const tail = /^(?:\s+present)?\s*(?:\([^)]*\))?\s*(?::-|[:–-]\s*|\t\s*|\s{2,}|$)\s*/.exec(after);
    // "Present:" but not "Presentation of …"; "Members:" but not "Members of the public: 5".
    if (!tail || /^\s*of the public/i.test(after)) continue;
    if (tail[0].trim() === '' && after.trim() !== '' && !/^\s{2,}|\t/.test(after)) continue;
    return { name: h.name, group: h.group, rest: after.slice(tail[0].length).trim() };
  }
  return undefined;
}

/** Officers' posts: in a "Those attending" list, someone holding one attends; the rest are members. */
export const officerPost =
  /\b(chief executive|officer|director|head of|manager|clerk|solicitor|adviser|advisor|analyst|lead|support|scrutiny|democratic|legal|finance|auditor|minute|note taker|chief constable|deputy chief constable|assistant chief constable|superintendent|inspector)\b/i;
