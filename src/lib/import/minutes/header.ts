import type { Directory } from '../directory';
import { findClockTime, findUkDate } from '../uk-date';
import { attendanceHeading, memberLabel, officerPost } from '../rules/attendance';
import { honorifics, isNameShaped, notPeople, roleWords } from '../rules/names';
import { attendee, listedPeople, personOf } from './attendance';
import { peopleInSentence, sentencesOf } from './attendance-sentences';
import { readColumns } from './columns';
import { attendedCell, commissioner, listedAlready, nameDashPost, rowOf, surname, unbulleted, wrapsOn } from './list-lines';
import { placeOnly, readTitle } from './title';
import { plain } from './text';
import type { ParsedAttendee, ParsedMinutes, Review } from './types';

type Group = ParsedAttendee['group'] | 'by-role';

/** A short line that names a group, not a person or a sentence: "Kestrelmoor Police", "Auditors", "Office of the PCC". */
const subHeading = (text: string) =>
  text.split(/\s+/).length <= 8 && !/[,.;:!?\d]/.test(text) && !honorifics.test(text) && !isNameShaped(text) && /^\p{Lu}/u.test(text);

/**
 * The opening of minutes, before the first item: the title lines (body, date, time, place, read by
 * title.ts) and the attendance, under its headings (rules/attendance.ts), as lists, one a line,
 * side by side in columns (columns.ts), or as sentences. What is not read stays as printed.
 */
export function parseHeader(printedLines: string[], directory: Directory, review: Review[]) {
  // "Colquhar House, KIRKDARROCH, 3 October 2024. Minute of Meeting of the … COMMITTEE. Present:- Councillor …": an opening
  // paragraph that runs on into the list of those present; the list begins a line of its own.
  const lines = printedLines.flatMap((l) => {
    const m = /^(.*?[.;])\s+((?:present|also present|in attendance|apologies)\s*:-?\s.*)$/i.exec(l);
    return m ? [m[1]!, m[2]!] : [l];
  });
  let start: string | undefined;
  let date: string | undefined;
  let location: string | undefined;
  let group: Group | undefined;
  let starred = false;
  let hanging = false;
  let inAttendance = false;
  let membersLabelled = false;
  let absent = false;
  /** The column of a table of councils that holds who represented each. */
  let representedAt = -1;
  const attendance: ParsedAttendee[] = [];
  /** Those listed under a heading that does not say who is a member ("Attendees", "Those attending"). */
  const byRole: ParsedAttendee[] = [];
  const printed: string[] = [];
  const titleLines: string[] = [];
  /** Records each person not recorded already, and says how many were new. */
  const add = (people: ParsedAttendee[], g: Group): number => {
    let added = 0;
    for (const p of people) {
      const resolved: ParsedAttendee = g === 'by-role' ? { ...p, group: p.as && officerPost.test(p.as) ? 'in-attendance' : 'present' } : { ...p, group: g };
      // The same name with another title ("Cyng. Eleri Prydderch", "Cllr. Eleri Prydderch": a list printed in both languages) is one person.
      // (So is "Councillor Kerr in the Chair" after "Councillor M Kerr (Convener)".)
      if (attendance.some((a) => listedAlready(a.name, resolved.name))) continue;
      // "C Rothero (CR)" and "Chris Rothero (CR)": the same initials and surname are one person, said in the report.
      const same = resolved.initials && attendance.find((a) => a.initials === resolved.initials && surname(a.name) === surname(resolved.name));
      if (same) {
        review.push({
          field: `attendance (${same.name})`,
          message: `also printed as "${resolved.name}" with the same initials (${resolved.initials}): recorded once, as "${same.name}"; check`,
        });
        continue;
      }
      attendance.push(resolved);
      added++;
      if (g === 'by-role') byRole.push(resolved);
    }
    return added;
  };
  /** A line whose person is recorded already (a list printed again, in translation) is kept as printed: nothing is lost. */
  const addOrKeep = (people: ParsedAttendee[], g: Group, text: string) => {
    if (add(people, g) < people.length) printed.push(text.trim());
  };
  const readList = (text: string, g: Group, raw: string) => {
    const { people, left } = listedPeople(text, g === 'by-role' ? 'present' : g, directory);
    const added = add(people, g);
    // A list is kept as printed too: it says "Councillors A Gilderdale, …", the entries "Councillor A Gilderdale".
    if (people.length === 0 || left.length || added < people.length || listedPeople(text, 'present', directory).people.length > 1) printed.push(raw.trim());
  };
  for (let i = 0; i < lines.length; i++) {
    const raw = rowOf(lines[i]!);
    // "| Date | Tuesday 24 June 2025 |", "| Location | Training Suite, … |": a table of the meeting's details, read as "Date: …".
    const detail = /^(date|time|venue|location|place)\t+([^\t]+)$/i.exec(raw.trim());
    const line = detail ? `${detail[1]}: ${detail[2]}` : plain(raw);
    if (line === '') continue;
    // A table's heading row whose first cell is an attendance heading ("Also Present<TAB>Role"): the group of the rows below.
    const headingRow = raw.includes('\t') ? /^([^\t]+)\t+(?:(?:role|position|organisation|representing|post|title)\t*)+$/i.exec(raw.trim()) : null;
    const rowHeading = headingRow ? attendanceHeading(headingRow[1]!.trim()) : undefined;
    if (rowHeading && rowHeading.rest === '') {
      group = rowHeading.group;
      inAttendance = true;
      printed.push(raw.trim());
      continue;
    }
    // A table's heading row ("Name<TAB>Role") is kept as printed, and read as no one.
    if (
      group &&
      /^\t*(?:name|members?|attendees?|councillors?)\t+(?:(?:role|position|organisation|representing|post|title|present|apologies|attendance|present\/apologies)\t*)+$/i.test(
        raw.trim(),
      )
    ) {
      printed.push(raw.trim());
      continue;
    }
    const columns = readColumns(lines, i, directory);
    if (columns) {
      for (const c of columns.people) add([c], c.group);
      printed.push(
        ...lines
          .slice(i, columns.end)
          .map((l) => l.trim())
          .filter((l) => l !== ''),
      );
      i = columns.end - 1;
      group = undefined;
      continue;
    }
    if (/^date\s*:/i.test(line) || /^time\s*:/i.test(line)) {
      date ??= findUkDate(line)?.iso;
      const time = /time\s*:\s*(.*)$/i.exec(line);
      if (time) start ??= findClockTime(time[1]!)?.time;
      printed.push(raw.trim());
      continue;
    }
    const place = /^(location|venue|place|lleoliad)\s*:\s*(.+)$/i.exec(line);
    if (place) {
      location = placeOnly(place[2]!.replace(/\.?\s*view directions$/i, '').trim());
      printed.push(raw.trim());
      continue;
    }
    if (/^\(present\s*=\s*\*\)$/i.test(line)) {
      starred = true;
      printed.push(raw.trim());
      continue;
    }
    const heading = attendanceHeading(line, group !== undefined && raw.trim().includes('\t'));
    // Those absent without apologies are no one's attendance: their lines are kept as printed, up to the next heading.
    if (heading?.name === 'absent' || (absent && !heading && group === undefined)) {
      absent = true;
      group = undefined;
      printed.push(raw.trim());
      continue;
    }
    absent = false;
    if (heading) {
      inAttendance = true;
      group = heading.group;
      if (heading.group === 'present' && heading.rest === '' && /^(?:panel |committee |board )?members$/i.test(line.replace(/:$/, ''))) membersLabelled = true;
      starred = false;
      // "Members present:<TAB><TAB>Aldermen …" then "<TAB><TAB>Councillors …": the list hangs under its heading's tab.
      // (Or, under a heading alone on its line, every line of the list set in by a tab: "PRESENNOL / PRESENT:" then "<TAB>Gwenllian Rees-Parry<TAB>(Leader)".)
      const below = lines.slice(i + 1).find((l) => l.trim() !== '');
      hanging = (heading.rest !== '' && raw.includes('\t')) || (heading.rest === '' && !raw.startsWith('\t') && /^\t+\S/.test(below ?? ''));
      printed.push(
        heading.rest
          ? raw
              .trim()
              .slice(0, raw.trim().length - heading.rest.length)
              .trim()
          : raw.trim(),
      );
      if (heading.rest) {
        // A list begun on the heading's line may wrap onto the next ("… Ms Carys" / "Vaughan (Chief Executive), …").
        let rest = heading.rest;
        while (i + 1 < lines.length && plain(lines[i + 1]!) !== '' && !attendanceHeading(plain(lines[i + 1]!)) && wrapsOn(rest, plain(lines[i + 1]!)))
          rest += ` ${plain(lines[++i]!)}`;
        // The first of a list of "Post – Name" lines, on the heading's line.
        const first =
          nameDashPost(rest) && nameDashPost(plain(lines[i + 1] ?? '')) ? personOf(rest, group === 'by-role' ? 'present' : group, directory) : undefined;
        if (first) {
          addOrKeep([first], group, rest);
          continue;
        }
        const named = attendee(rest, group === 'by-role' ? 'present' : group, directory);
        if (listedPeople(rest, 'present', directory).people.length === 0 && named.as && isNameShaped(named.name)) addOrKeep([named], group, rest);
        else readList(rest, group, rest);
      }
      continue;
    }
    if ((!group || group === 'by-role') && line.split(/\s+/).length >= 6) {
      // A paragraph of prose: its sentences may say who was there ("Councillors A, B and C were present."), under an
      // "Attendance" heading too ("Present were …", "Also attending were …").
      let j = i;
      let prose = line;
      while (j + 1 < lines.length && plain(lines[j + 1]!) !== '' && !attendanceHeading(plain(lines[j + 1]!))) prose += ` ${plain(lines[++j]!)}`;
      const people = sentencesOf(prose).flatMap((s) => peopleInSentence(s, directory));
      if (people.length) {
        for (const p of people) add([p], p.group);
        inAttendance = true;
        printed.push(...lines.slice(i, j + 1).map((l) => l.trim()));
        i = j;
        continue;
      }
    }
    // "Police Scotland: PC Rachel Kerr (RK)", "Minutes Secretary: Morag Bain": within the attendance, others there, by their label.
    const other = inAttendance && !memberLabel.test(line) ? /^([\p{L}'’ ]{3,40}):\s*(\S.*)$/u.exec(line) : null;
    if (other && !/\b(?:date|time|venue|location|place|clerk to the|contact|email|tel)\b/i.test(other[1]!)) {
      const { people, left } = listedPeople(other[2]!, 'in-attendance', directory);
      if (people.length && !left.length) {
        for (const p of people) p.as ??= other[1]!.trim();
        add(people, 'in-attendance');
        printed.push(raw.trim());
        continue;
      }
    }
    const labelled = group ? memberLabel.exec(line) : null;
    // (A bilingual label with its names on the line, "Y Cynghorwyr / Councillors: Aled Bevan, …", is read as a list, below.)
    const label = labelled && !(labelled[2] && /\//.test(line.slice(0, line.toLowerCase().indexOf(labelled[1]!.toLowerCase())))) ? labelled : null;
    if (label) {
      // "Y Cynghorydd / Councillor:" then its names, each set in by a tab.
      if (!label[2] && /^\t+\S/.test(lines.slice(i + 1).find((l) => l.trim() !== '') ?? '')) hanging = true;
      if (label[2]) readList(/^(?:councillors?|(?:y )?cynghorwyr|(?:y )?cynghorydd)$/i.test(label[1]!) ? `${label[1]} ${label[2]}` : label[2], group!, raw);
      else printed.push(raw.trim());
      continue;
    }
    if (group) {
      // A row with an empty first cell is a table's heading, not a person: the attendance list has ended.
      const hung = hanging && raw.startsWith('\t');
      if (raw.startsWith('\t') && !hung) group = undefined;
      // (A row hung under its heading is read by its cells too when it has more than one: "<TAB>Eirian Howells<TAB>Prif Weithredwr / Chief Executive".)
      else if ((!hung || raw.trim().includes('\t')) && raw.includes('\t') && !/^\s*\*/.test(raw)) {
        const cells = raw
          .split('\t')
          .map((c) => c.trim())
          .filter((c) => c !== '');
        // "Cllr. Sioned Maelor<TAB>Cllr. Rhodri Talfan": a list printed in columns, a person in each cell.
        const cellGroup = group === 'by-role' ? 'present' : group;
        // … or bare names, in three columns or more, or as initials and surname ("RJ Aubrey<TAB>EL Bevan"), never a post.
        const initialled = (c: string) => /^(?:\p{Lu}{1,3}|(?:\p{Lu}\.\s?){1,3})\s+\p{Lu}[\p{L}'’-]+$/u.test(c);
        const bare = cells.length > 1 && cells.every((c) => isNameShaped(c) && c.split(/\s+/).length >= 2) && (cells.length >= 3 || cells.every(initialled));
        const everyCell = cells.length > 1 ? cells.map((c) => (honorifics.test(c) || bare ? personOf(c, cellGroup, directory) : undefined)) : [];
        if (everyCell.length && everyCell.every(Boolean)) {
          addOrKeep(everyCell as ParsedAttendee[], group, raw);
          continue;
        }
        // "Chadwell Forest<TAB>Cllr Ruth Okafor": a council, then who represented it; a row of the same table with no one
        // titled in that column ("Enderby Chase<TAB>Apologies") names no one.
        const titledPerson = (c: string) => honorifics.test(c) && isNameShaped(c.replace(/\s*\([^)]*\)/g, ''));
        const titledAt = honorifics.test(cells[0]!) || roleWords.test(cells[0]!) ? -1 : cells.findIndex((c, k) => k > 0 && titledPerson(c));
        const noOne = representedAt > 0 && !honorifics.test(cells[0]!) && (cells[representedAt] === undefined || attendedCell.test(cells[representedAt]!));
        if (titledAt > 0 || noOne) {
          const person = titledAt > 0 ? personOf(cells[titledAt]!, group === 'by-role' ? 'present' : group, directory) : undefined;
          if (person) {
            representedAt = titledAt;
            person.as = [person.as, cells[0]].filter(Boolean).join(', ');
            addOrKeep([person], group, raw);
          } else printed.push(raw.trim());
          continue;
        }
        // "Councillor O Grange (Chair)<TAB>Marshfield County Council": the person, then their post or council.
        const first = /[([]|^(cllr|councillor|mr|mrs|ms|dr)\b/i.test(cells[0]!)
          ? personOf(cells[0]!, group === 'by-role' ? 'present' : group, directory)
          : undefined;
        // A column that says, row by row, who came: "| Cllr A Jones | Council | Apologies |".
        const said = cells.slice(1).findIndex((c) => attendedCell.test(c));
        const rowGroup: Group =
          said < 0 ? group : /apolog|absent/i.test(cells[said + 1]!) ? 'apologies' : /attendance/i.test(cells[said + 1]!) ? 'in-attendance' : 'present';
        if (said >= 0) printed.push(raw.trim());
        const row = said < 0 ? raw : raw.replace(new RegExp(`\\t+${cells[said + 1]!.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?=\\t|$)`), '');
        const rowCells = said < 0 ? cells : cells.filter((_, k) => k !== said + 1);
        const a =
          first && !/^[A-Za-z]{1,4}$/.test(rowCells[rowCells.length - 1]!) ? first : attendee(row, rowGroup === 'by-role' ? 'present' : rowGroup, directory);
        if (first && a === first && rowCells.length > 1) a.as = [a.as, ...rowCells.slice(1)].filter(Boolean).join(', ');
        if (first && a === first && said >= 0) a.group = rowGroup === 'by-role' ? 'present' : rowGroup;
        // A row's first cell is a person only when shaped like a name ("LSC/45" or "Item 4(a)" are not).
        if (a.name && !notPeople.test(a.name) && isNameShaped(a.name.replace(/\s*\([^)]*\)/g, ''))) {
          addOrKeep([a], rowGroup, raw);
          continue;
        }
      } else {
        // One a line, or a list wrapped over lines: joined while a line ends in "," or "and", or a bracket is open.
        let text = line;
        while (i + 1 < lines.length && plain(lines[i + 1]!) !== '' && wrapsOn(text, plain(lines[i + 1]!))) text += ` ${plain(lines[++i]!)}`;
        // "(Yn bresennol: Y Cynghorydd …)": the list above in translation, kept as printed and read as no one new.
        if (/^\(/.test(text) && attendanceHeading(plain(text.slice(1)))) {
          printed.push(text);
          continue;
        }
        const marked = /^\*\s*/.test(text);
        if (starred && !marked) {
          // Listed without the mark of those present: not present (their apologies come in an item).
          printed.push(text);
          continue;
        }
        // "Suresh Pattani – Head of Commissioning and Partnerships, OPCC", one a line among others so printed: the line is one person.
        const dashOf = (l: string) => nameDashPost(unbulleted(plain(l)));
        const dashed = dashOf(text) && (dashOf(lines[i - 1] ?? '') || dashOf(lines[i + 1] ?? ''));
        const one = dashed ? personOf(unbulleted(text), group === 'by-role' ? 'present' : group, directory) : undefined;
        if (one) {
          addOrKeep([one], group, text);
          continue;
        }
        const { people, left } = listedPeople(unbulleted(text), group === 'by-role' ? 'present' : group, directory);
        if (people.length) {
          const added = add(people, group);
          // (A bilingual line, "Y Cynghorydd / Councillor Eleri Prydderch", is kept as printed: its entry has the English title only.)
          if (left.length || people.length > 1 || added < people.length || /\s\/\s/.test(text)) printed.push(text);
          continue;
        }
        // "Nick Dean Chief Constable": a name, then a post, with nothing between.
        const named = attendee(text, group === 'by-role' ? 'present' : group, directory);
        if (named.as && isNameShaped(named.name)) {
          addOrKeep([named], group, text);
          continue;
        }
        if (notPeople.test(text)) {
          printed.push(text);
          continue;
        }
        // "Members" / … / "Office of the Police and Crime Commissioner" / "Mr S Gedge (Chief Executive) and …": an organisation's
        // name over its people, within the list, says they attend for it.
        const next = lines.slice(i + 1).find((l) => plain(l) !== '');
        if (
          subHeading(text) &&
          plain(lines[i - 1] ?? '') === '' &&
          next !== undefined &&
          listedPeople(unbulleted(plain(next)), 'present', directory).people.length > 0
        ) {
          // Under a "Members" sub-heading, then another's, they are others attending; councils' names group members.
          if (/\b(members|councillors)\b/i.test(text)) {
            group = 'present';
            membersLabelled = true;
          } else if (group !== 'apologies' && membersLabelled) group = 'in-attendance';
          printed.push(text);
          continue;
        }
        group = undefined;
        // The lines joined into it are kept as printed with it.
        if (text !== line) {
          printed.push(text);
          continue;
        }
      }
    }
    printed.push(raw.trim());
    // A table's heading row (its first cell empty) is not part of the title.
    // The title is what comes before the attendance; what is left after it is kept as printed only.
    if (!raw.startsWith('\t') && !inAttendance) titleLines.push(raw.trim());
  }
  // A Commissioner's board lists its officers as members, as the Commissioner's own minutes print them ("Present" or
  // "Members": the Chief Constable, the Chief Executive, heads of service); elsewhere an officer's post says they attend.
  if (byRole.some((a) => commissioner.test(`${a.name} ${a.as ?? ''}`)) && byRole.some((a) => a.group === 'in-attendance')) {
    for (const a of byRole) a.group = 'present';
    review.push({
      field: 'attendance',
      message: `${byRole.length} people listed together with the Commissioner are recorded as present, members of the Commissioner's board; move any who only attended to "in attendance"`,
    });
  }
  const title = readTitle(titleLines, directory, review);
  return {
    body: title.body,
    date: date ?? title.date,
    start: start ?? title.start,
    end: undefined as string | undefined,
    location: location ?? title.location,
    minutesStatus: title.status as ParsedMinutes['minutesStatus'],
    header: printed.join('\n'),
    attendance,
  };
}
