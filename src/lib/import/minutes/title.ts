import type { Directory } from '../directory';
import { findClockTime, findUkDate } from '../uk-date';
import { normaliseName, plain, titleCase } from './text';
import type { Review } from './types';
import { englishHalf, isWelsh } from '../rules/welsh';

/** Words that make a line the name of a body: who meets, or the council it belongs to. */
const bodyWord =
  /\b(council|panel|board|committee|sub-committee|authority|cabinet|commissioner|group|forum|partnership|meeting|cyngor|pwyllgor|panel|bwrdd|cymuned|trust|assembly)\b/i;
/** The part of a body that meets (as opposed to the council it belongs to). */
const meetsWord = /\b(panel|board|committee|sub-committee|cabinet|group|forum|meeting|pwyllgor|bwrdd)\b/i;
const notName = /\b(minutes?|notes|cofnodion|agenda|held|page|tel|clerk|email|www|draft|approved|confirmed|item|details)\b|[@:]|\d/i;

const namedList = /^[^,]+(?:,\s+\p{Lu}[\p{L}-]*)+\s+(?:and|AND)\s+[^,]+$/u;

/** "North Vale Combined Authority" and "Combined Authority Board" are "North Vale Combined Authority Board". */
function joinNames(printedOwner: string, printedMeets: string): string {
  // Each half as a name is written, whichever of them was printed in capitals.
  const cased = (x: string) => (x === x.toUpperCase() ? titleCase(x) : x);
  const owner = cased(printedOwner);
  const meets = cased(printedMeets);
  const o = normaliseName(owner);
  const m = normaliseName(meets);
  if (m.includes(o)) return meets;
  // "Thornmoor County Council" over "Thornmoor Police, Fire and Crime Panel": the panel's name holds the place already.
  if (sharesPlace(owner, meets)) return meets;
  const ow = owner.split(/\s+/);
  for (let k = Math.min(ow.length, meets.split(/\s+/).length); k > 0; k--)
    if (normaliseName(ow.slice(-k).join(' ')) === normaliseName(meets.split(/\s+/).slice(0, k).join(' ')))
      return [...ow, ...meets.split(/\s+/).slice(k)].join(' ');
  return `${owner} ${meets}`;
}

/** The place a meeting was held, without how it was held or how else people joined. */
export const placeOnly = (printed: string) =>
  printed
    // A web page's emphasis, and a note set after the place in it ("** _Draft until approved …_").
    .replace(/\*\*|__/g, '')
    .replace(/\s+[_*][^_*]+[_*]\s*$/, '')
    .replace(/^(?:in|at|yn)\s+/i, '')
    // "… Holmbridge Attendance Details": a web page's next heading, run onto the place.
    .replace(/\s+(?:attendance details|present:|apologies(?: for absence)?:)$/i, '')
    // "held in hybrid format in the Council Chamber": how the meeting was held, then where.
    .replace(/^(?:hybrid|virtual|remote|multi-location)(?:\s+(?:format|meeting|form))?\s+(?:in|at)\s+(?:the\s+)?/i, '')
    .replace(/^THE\s+(?=\p{Lu}{2})/u, '')
    // "… and remotely via Microsoft Teams", "… (and via Microsoft Teams)": how else people joined is not the place.
    .replace(/\s*\((?:and |or |also |with )?(?:remotely|remote access|virtually|online|via|hybrid)\b[^()]*\)$/i, '')
    .replace(/,?\s+(?:and\s+)?(?:remotely|virtually|online|via)\b[^()]*$/i, '')
    .replace(/[.,]$/, '')
    .trim();

/** The words of what bodies do and are, not whose they are: a name of these alone names no one body. */
const genericWord =
  /^(?:the|of|and|for|on|&|a|b|c|combined|council|county|borough|district|city|town|parish|community|joint|committee|sub-committee|board|panel|authority|cabinet|group|forum|partnership|meeting|summary|notes|minutes|working|steering|strategic|advisory|independent|overview|scrutiny|audit|ethics|standards|licensing|regulatory|planning|development|management|control|health|wellbeing|social|care|adult|adults|children|children's|young|people|education|housing|environment|environmental|services|finance|resources|policy|performance|economy|economic|growth|regeneration|transport|highways|traffic|orders|estates|police|crime|fire|rescue|commissioner|pension|local|area|neighbourhood|plan|stop|search|recreation|amenities|leisure|general|purposes|personnel|staffing|appeals|full|annual|extraordinary|london|metropolitan|royal|safer|north|south|east|west)$/i;
/** A name's own words: those that say whose it is ("Wealdmoor" of "Wealdmoor Police and Crime Panel"). */
const ownWords = (name: string) => name.split(/[\s,]+/).filter((w) => w !== '' && !genericWord.test(w));
const generic = (name: string) => ownWords(name).length === 0;
/** Two names that share a place's name: "Wealdmoor County Council" and "Wealdmoor Police and Crime Panel". */
const sharesPlace = (a: string, b: string) => ownWords(a).some((w) => ownWords(b).some((x) => x.toLowerCase() === w.toLowerCase()));

/**
 * "Governance and Audit Committee" on the web site whose logo is "Cwm Tawel County Borough Council": the
 * committee of that council, named as a reader names it. A heading that shares a place's name with the
 * logo ("Wealdmoor Police and Crime Panel" on Wealdmoor County Council's site) is whole already.
 */
function withSiteOwner(heading: string, lines: string[]): string {
  const logo = lines
    .map((l) =>
      /!\[([^\]]{3,80})\]/
        .exec(l)?.[1]!
        .replace(/\s+(?:logo|crest|badge|emblem)$/i, '')
        .trim(),
    )
    .find((alt) => alt && /\b(?:council|borough of|authority|commissioner)\b/i.test(alt) && !notName.test(alt));
  if (!logo) return heading;
  return sharesPlace(heading, logo) || meetsWord.test(logo) ? heading : joinNames(logo, heading);
}

/**
 * The meeting's date among the heading's dates. Not the date a web page was posted or updated on, nor a later meeting's
 * ("subject to confirmation at its meeting on …"); where other dates are printed too (a running header's "15 July 2024 /
 * Item 4" above "MONDAY 18 MARCH 2024 AT 1:30PM"), the one said as when the meeting was held: with "held", its weekday or its time.
 */
function meetingDate(text: string, review: Review[]): { iso: string; match: string } | undefined {
  const dates: { iso: string; match: string; at: number }[] = [];
  for (let from = 0; ;) {
    const f = findUkDate(text.slice(from));
    if (!f) break;
    const at = from + text.slice(from).indexOf(f.match);
    dates.push({ ...f, at });
    from = at + f.match.length;
  }
  if (dates.length === 0) return undefined;
  // What the sentence says before the date, and just after it.
  const clause = (d: (typeof dates)[number]) => /[^.]*$/.exec(text.slice(Math.max(0, d.at - 60), d.at))![0];
  const after = (d: (typeof dates)[number]) => text.slice(d.at + d.match.length, d.at + d.match.length + 24);
  const posted = (d: (typeof dates)[number]) => /\b(?:posted|published|updated|modified|uploaded|added)\b(?:\s+on)?[\s:[*_]*$/i.test(clause(d));
  const later = (d: (typeof dates)[number]) =>
    /\b(?:next meeting|its (?:next )?meeting|subject to (?:confirmation|approval)|to be (?:held|confirmed|approved)|will be held)\b/i.test(clause(d));
  const held = (d: (typeof dates)[number]) =>
    (/\bheld\b/i.test(clause(d)) ? 2 : 0) +
    (/\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:the\s+)?$/i.test(clause(d)) ? 1 : 0) +
    (/^[\s,]*(?:at|from|commencing at)\s+\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?/i.test(after(d)) ||
    /\d{1,2}[.:]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?,?\s+(?:on\s+)?(?:\w+day,?\s+)?(?:the\s+)?$/i.test(clause(d))
      ? 1
      : 0);
  const own = dates.filter((d) => !posted(d) && !later(d));
  if (own.length === 0 && dates.some(posted))
    review.push({
      field: 'date',
      message: `the only date found is when the page was posted or updated (${dates.find(posted)!.match}): check the meeting's date`,
    });
  const pool = own.length ? own : dates;
  return pool.reduce((best, d) => (held(d) > held(best) ? d : best), pool[0]!);
}

/**
 * The heading of minutes: the body (a name only, from the heading's own lines or from "meeting of
 * the X held"; matched to bodies/ by its name or alsoKnownAs, exactly), the date, time and place
 * ("held at/in …", or after the date), and whether the minutes are draft or approved.
 */
export function readTitle(lines: string[], directory: Directory, review: Review[]) {
  const text = lines.join(' ').replace(/\s+/g, ' ');
  const found = meetingDate(text, review);
  const date = found?.iso;
  const afterDate = found ? text.slice(text.indexOf(found.match) + found.match.length) : text;
  const time = findClockTime(afterDate) ?? findClockTime(text);
  const start = time?.time;
  const status = /\bdraft\b/i.test(text) ? 'draft' : /\b(approved|confirmed)\b/i.test(text) ? 'approved' : 'awaiting-approval';
  if (status === 'awaiting-approval')
    review.push({ field: 'minutes.status', message: 'the document does not say its minutes are approved: recorded as awaiting approval' });

  // The body: "meeting of the X held …", else the heading's name lines (a council, then what of it meets).
  let body: string | undefined;
  const of =
    /\b(?:meeting|minutes|notes|cofnodion cyfarfod)\s+of\s+(?:the\s+|a\s+|an\s+)?(?:(?:ordinary|annual|extraordinary|special|full|monthly)\s+)?(?:meeting\s+of\s+(?:the\s+)?)?(.+?)(?:\s+meeting)?\s+(?:held|a gynhaliwyd|which took place|on\s+\w+day|on\s+\d)/i.exec(
      text,
    );
  // A Scottish minute: "Kilbrannan House, ARDMHOR, 21 February 2024. Minute of Meeting of the FINANCE AND RESOURCES COMMITTEE. Present:- …".
  const scottish = found
    ? new RegExp(
        `(?:^|\\.\\s+|\\s)([^.]{3,100}?),\\s*${found.match.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.\\s+minute of (?:the\\s+)?meeting of (?:the\\s+)?([^.]{3,120}?)\\.(?:\\s|$)`,
        'i',
      ).exec(text)
    : null;
  // ("… the next meeting of the Council Minutes of the Meeting of Thornby Magna Parish Council held …": the last "meeting of".)
  const named = (scottish?.[2] ?? of?.[1])
    ?.replace(
      /^.*\b(?:minutes|meeting|notes)\s+of\s+(?:the\s+|an?\s+)?(?:(?:ordinary|annual|extraordinary|special|full|monthly)\s+)?(?:meeting\s+of\s+(?:the\s+)?)?/i,
      '',
    )
    .replace(/^(?:(?:hearing|meeting|sitting)\s+of\s+(?:the\s+)?)+/i, '')
    .trim();
  if (named && bodyWord.test(named) && named.split(/\s+/).length >= 2 && named.split(/\s+/).length <= 10 && !/\d|[()]/.test(named)) body = named;
  // "Wealdmoor Police and Crime Panel - Tuesday, 14th November, 2023 10.30 am": a web page's heading, on any of its lines.
  const moderngov = [text, ...lines.map((l) => plain(l.replace(/^\s*#{1,6}\s+/, '')))]
    .map((l) => /^(.+?)\s+[-–]\s+\w+day,?\s/i.exec(l))
    .find((m) => m && !/[[\]()|]/.test(m[1]!));
  if (!body && moderngov && bodyWord.test(moderngov[1]!) && moderngov[1]!.split(/\s+/).length <= 10) body = withSiteOwner(moderngov[1]!, lines);
  // The heading's own name lines, without Markdown marks or a closing "– Minutes".
  const names = lines
    .map((l) =>
      englishHalf(l)
        .replace(/^#{1,6}\s+/, '')
        // "Meeting<TAB>Thornmoor Police, Fire and Crime Panel": a table of the meeting's details, the name in its value.
        .replace(/^(?:name of (?:the )?meeting|meeting(?: name)?|body)\s*:?\s*\t+\s*/i, '')
        // A web page's logo and bold: "![Crest](/crest.png) **Marlcaster Town Council**".
        .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
        .replace(/\*\*/g, '')
        // "… – Minutes", "…: minutes – 24 January 2024", "… – Record of Decisions", "… (HEARING)": what the page is, not who met.
        .replace(/\s*[–—:-]?\s*\b(?:approved |draft |confirmed )?(?:minutes|notes|record of decisions|decisions)\b(?:\s*[–—-]\s*[^–—-]*\d{4})?\s*$/i, '')
        .replace(/\s*\((?:hearing|special|extraordinary|reconvened|virtual|remote)\)$/i, '')
        .replace(/[.,:]$/, '')
        .trim(),
    )
    // (Not a sentence's end wrapped onto its line: "the District Council's consultation deadline.")
    .filter(
      (l) =>
        bodyWord.test(l) &&
        !notName.test(l) &&
        // (Not another detail's row, "Chair<TAB>Rhiannon Cole, Police and Crime Commissioner", nor the label "Name of meeting:".)
        !l.includes('\t') &&
        !/^name of (?:the )?meeting$/i.test(l) &&
        !/[()|#]/.test(l) &&
        l.split(/\s+/).length <= 12 &&
        !/^(cllr|councillor|mr|mrs|ms|dr)\b/i.test(l) &&
        !/^\p{Ll}/u.test(l),
    )
    .filter((l) => l.split(/\s+/).length >= 2 || meetsWord.test(l))
    // "at The Guildhall Council Chamber, …": a venue, not a name.
    .filter((l) => !/^(?:at|in|on|held|venue)\b/i.test(l))
    // "Cyngor Cymuned Llanhesgen" above "Llanhesgen Community Council": the English name, where both are printed.
    .filter((l, _, all) => !isWelsh(l) || all.every((x) => isWelsh(x)));
  if (!moderngov) {
    // The council a committee belongs to, on a line of its own above: "THORNLEIGH DISTRICT COUNCIL" / "… of the PLANNING COMMITTEE held …".
    const owner = names.find((n) => n.split(/\s+/).length >= 2 && /\b(council|authority|commissioner|cyngor)\b/i.test(n) && !meetsWord.test(n));
    const meets = body ?? names.find((n) => n !== owner && meetsWord.test(n));
    if (meets && /^(?:the\s+)?(?:full\s+)?council$/i.test(meets)) body = owner;
    else if (meets && owner) body = joinNames(owner, meets);
    else body = meets ?? owner ?? names[0];
  }
  if (!body && found) {
    // "Force Performance Scrutiny Meeting Thursday 28 May 2015 9:00am, …": the name before the date.
    const line = lines.find((l) => l.includes(found.match.split(' ')[0]!) && findUkDate(l)?.iso === found.iso);
    const before = line
      ?.slice(0, line.indexOf(findUkDate(line)!.match))
      .replace(/\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b,?\s*$/i, '')
      .replace(/[,–-]\s*$/, '')
      .trim();
    // (Not a sentence that ends in the date: "These minutes were approved at the meeting held on …".)
    if (before && bodyWord.test(before) && !/\d/.test(before) && !/\b(?:were|was|is|are|held|approved|confirmed|signed)\b/i.test(before)) body = before;
  }
  // "Meeting of Wenmoor Police and Crime Panel", "… Youth Commission meeting notes", "… Community Council Business Meeting":
  // what the document is, around the name.
  body = body
    ?.replace(/^(?:(?:ordinary |annual |special )?meeting of (?:the )?)/i, '')
    .replace(/\s+(?:(?:business|ordinary|monthly) meeting|meeting (?:notes|summary)|notes)$/i, '')
    .trim();
  // Precise before complete: a long or punctuated "name" is a sentence, not a body.
  // A comma only in a name's own list ("Police, Fire and Crime Panel", "Education, Children and Families Committee").
  if (body && (body.split(/\s+/).length > 9 || /[;()|#[\]*]|^\/|'s\b|’s\b/.test(body) || (/,/.test(body) && !namedList.test(body)))) body = undefined;
  // … and a name with nothing of its own ("Development Management Committee", "Town Council", "Meeting Summary") is whose?
  // (Unless it is the name of a body in bodies/: "Performance Working Group" of the organisation's own.)
  const knownAs = (name: string) => directory.bodies.find((b) => [b.name, ...b.alsoKnownAs].some((n) => normaliseName(n) === normaliseName(name)));
  if (
    body &&
    generic(body) &&
    !knownAs(
      body
        .split(/\s+\/\s+/)
        .pop()!
        .trim(),
    )
  ) {
    review.push({ field: 'body', message: `the heading names "${body}", which does not say whose it is: set the body, and the file's folder` });
    body = undefined;
  }
  // "Little Marwood Parish Council" over "Planning Committee Minutes": a council's name, where the heading names a committee
  // (a cabinet, an executive, a working group) too. Which of them met is for the reviewer, not a guess.
  // (Its name as printed: the capitalised words before the word that says what it is.)
  const part =
    /(?:(?:\p{Lu}[\p{L}'’-]*|and|&)\s+){0,4}(?:[Ss]ub-)?(?:[Cc]ommittee|COMMITTEE|[Cc]abinet|CABINET|[Ee]xecutive|EXECUTIVE|[Ww]orking [Gg]roup|[Ww]orking [Pp]arty|[Tt]ask and [Ff]inish [Gg]roup|[Ss]teering [Gg]roup|[Ff]orum|FORUM|[Pp]anel|PANEL|[Bb]oard|BOARD)\b/u;
  const besides = body ? text.replace(new RegExp(body.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi'), ' ') : '';
  const committee =
    body &&
    !part.test(body) &&
    !meetsWord.test(body) &&
    !knownAs(
      body
        .split(/\s+\/\s+/)
        .pop()!
        .trim(),
    )
      ? part.exec(besides)?.[0]
      : undefined;
  if (committee) {
    review.push({ field: 'body', message: `the heading names "${body}" and also "${committee.trim()}": set the body that met, and the file's folder` });
    body = undefined;
  }
  if (body) {
    // "Cyngor Cymuned Caerwen / Caerwen Community Council": a bilingual name is filed under its English half.
    body = body
      .split(/\s+\/\s+/)
      .pop()!
      .trim();
    if (body === body.toUpperCase()) body = titleCase(body);
    const known = knownAs(body);
    if (known) body = known.name;
  } else if (!committee) review.push({ field: 'body', message: "no board or panel is named in the heading: set the body, and the file's folder" });

  // The place: "held at/in X on …", or "in/at X" after the date and time.
  // (Its place is what its date's own line prints before the date.)
  const placeLine = scottish ? lines.map(plain).find((l) => l.includes(`, ${found!.match}`)) : undefined;
  let location: string | undefined = placeLine?.slice(0, placeLine.indexOf(`, ${found!.match}`)).trim();
  const held =
    /\b(?:held|a gynhaliwyd)\s+(?:at|in)\s+(?:the\s+)?(.+?)(?=\s+on\s|\s+at\s+\d|,?\s+(?:on\s+)?\w+day\b|\s+\d{1,2}(?:st|nd|rd|th)?\s+\w+\s+\d{4}|\.\s|\.?$)/i.exec(
      text,
    );
  const rest = time ? afterDate.slice(afterDate.indexOf(time.match) + time.match.length) : afterDate;
  const after = /^[\s,.–-]*(?:(?:in|at|yn)\s+(?:the\s+)?)?([A-Z].+?)\.?$/.exec(rest.trim());
  if (location) {
    // (read from a Scottish minute's opening, above)
  } else if (
    held &&
    held[1]!.split(/\s+/).length >= 2 &&
    !/^\d/.test(held[1]!) &&
    !bodyWord.test(held[1]!.split(',')[0]!.replace(/\b(council chamber|council headquarters|council offices)\b/i, ''))
  )
    location = held[1];
  else if (after && after[1]!.length <= 120 && !/\b(subject to|minutes?)\b/i.test(after[1]!)) location = after[1];
  location = location === undefined ? undefined : placeOnly(location);
  if (!date) review.push({ field: 'date', message: 'no date found in the header' });
  if (!start) review.push({ field: 'start', message: 'no start time found in the header' });
  return { body: body ?? 'Unknown body', date, start, location, status };
}
