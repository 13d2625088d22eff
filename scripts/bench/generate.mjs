#!/usr/bin/env node
/**
 * Writes a SYNTHETIC archive for benchmarks and tests: its shape follows the seeds (bodies,
 * people with initials, meetings with numbered items, attendance, actions and matters arising,
 * papers, a Plan with reports, measures with monthly figures), its text is generated and says so.
 * Nothing in it is real.
 *
 *   node scripts/bench/generate.mjs --meetings 1000 --out dist-bench/archive-1000
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A small seeded generator, so the same size always gives the same archive. */
function random(seed) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

const vocabulary = (
  'commissioner constabulary panel board victims witnesses burglary robbery speeding partnership ' +
  'community safety policing neighbourhood response demand calls abandonment satisfaction domestic abuse ' +
  'exploitation county lines safeguarding custody estates finance budget precept reserves collaboration ' +
  'alliance strategy assessment inspection improvement recruitment officers staff volunteers specials ' +
  'training wellbeing diversity engagement consultation complaints scrutiny accountability outcomes ' +
  'prosecution courts probation offenders reoffending prevention education schools youth rural business ' +
  'fraud cyber online reporting technology systems data integrity recording compliance audit risk ' +
  'mitigation governance transparency publication website correspondence councillors residents districts ' +
  'licensing taxis nightlife vulnerability mental health drugs alcohol road casualties cameras lighting'
).split(' ');
const names = [
  'Alex',
  'Sam',
  'Jo',
  'Chris',
  'Pat',
  'Robin',
  'Kim',
  'Lee',
  'Morgan',
  'Taylor',
  'Jamie',
  'Ash',
  'Drew',
  'Casey',
  'Jordan',
  'Kit',
  'Rowan',
  'Sasha',
  'Toni',
  'Val',
];
const surnames = ['Ashby', 'Barton', 'Carver', 'Denton', 'Ellison', 'Fairley', 'Garrow', 'Hartley', 'Ingram', 'Jessop'];

/**
 * @param {{ meetings: number, out: string, seed?: number, markdownOut?: string, people?: number, deliverables?: number, measures?: number }} options
 *   people, deliverables and measures (200, 500 and 50 for the benchmark) can be fewer, for a test that builds often.
 */
export function generateArchive({
  meetings,
  out,
  seed = 42,
  markdownOut,
  people: peopleCount = 200,
  deliverables: deliverableCount = 500,
  measures: measureCount = 50,
}) {
  const rnd = random(seed + meetings);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  const sentence = () => {
    const words = Array.from({ length: int(8, 22) }, () => pick(vocabulary));
    words[0] = words[0][0].toUpperCase() + words[0].slice(1);
    return `${words.join(' ')}.`;
  };
  const paragraph = (n) => Array.from({ length: n }, sentence).join(' ');
  const write = (file, text) => {
    const full = path.join(out, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
  };
  const q = (s) => JSON.stringify(s);

  rmSync(out, { recursive: true, force: true });
  if (markdownOut) rmSync(markdownOut, { recursive: true, force: true });
  // The same meetings as plain Markdown, one file each, for the bare Astro baseline.
  const writeMarkdown = (id, title, sections) => {
    if (!markdownOut) return;
    const full = path.join(markdownOut, `${id}.md`);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, `---\ntitle: ${q(title)}\n---\n${sections.map(([h, t]) => `## ${h}\n\n${t}\n`).join('\n')}`);
  };
  write(
    'organisation.yaml',
    `# SYNTHETIC BENCHMARK DATA: generated, not a real organisation.\nname: Synthetic Office of the Police and Crime Commissioner (benchmark ` +
      `data)\nshortName: Synthetic OPCC\narea: Benchmarkshire\nbaseUrl: https://bench.scrutiny.example\ncontact: { email: bench@scrutiny.example, ` +
      `phone: "000 000 0000" }\norganisations:\n  opcc: { name: Office of the Police and Crime Commissioner, abbreviation: OPCC }\n`,
  );

  const people = Array.from({ length: peopleCount }, (_, i) => {
    const first = names[i % names.length];
    const last = `${surnames[Math.floor(i / names.length) % surnames.length]}${i >= 200 ? i : ''}`;
    const id = `${first}-${last}-${i}`.toLowerCase();
    return {
      id,
      name: `${first} ${last} (synthetic ${i})`,
      initials: `${first[0]}${last[0]}${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + (Math.floor(i / 26) % 26))}`,
    };
  });
  for (const p of people)
    write(`people/${p.id}.yaml`, `# SYNTHETIC BENCHMARK DATA\nname: ${q(p.name)}\ninitials: [${p.initials}]\nroles: [{ title: Synthetic role }]\n`);

  const bodies = ['business-board', 'police-panel', 'performance-group', 'audit-committee', 'ethics-panel', 'estates-board'];
  for (const b of bodies) write(`bodies/${b}.yaml`, `# SYNTHETIC BENCHMARK DATA\nname: ${q(`Synthetic ${b.replace('-', ' ')}`)}\nkind: board\n`);

  // Meetings spread over the years since 2012, a few a month per body.
  const perBody = Math.ceil(meetings / bodies.length);
  const raised = new Map(bodies.map((b) => [b, []]));
  let written = 0;
  for (let i = 0; i < perBody && written < meetings; i++) {
    for (const body of bodies) {
      if (written >= meetings) break;
      const day = new Date(Date.UTC(2012, 0, 2) + i * Math.max(1, Math.floor(5000 / perBody)) * 86400000 + bodies.indexOf(body) * 86400000);
      const date = day.toISOString().slice(0, 10);
      const id = `${body}/${date}`;
      const attendees = Array.from({ length: 8 }, () => pick(people)).filter((p, k, all) => all.indexOf(p) === k);
      const items = [];
      const sections = [];
      const open = raised.get(body);
      const updates = open
        .splice(0, Math.min(open.length, 5))
        .map((ref) => `      - { ref: ${q(ref)}, status: ${pick(['progressing', 'completed', 'open'])}, text: Synthetic update }`);
      const arising = paragraph(2);
      sections.push(['1 Matters arising', arising]);
      items.push(
        `  - number: "1"\n    title: Matters arising\n    minutes: ${q(arising)}\n${updates.length ? `    actionUpdates:\n${updates.join('\n')}\n` : ''}`,
      );
      for (let n = 2; n <= 10; n++) {
        const actions =
          n <= 6
            ? [
                `      - { ref: ${q(`${written}/${n}`)}, text: ${q(sentence())}, owner: ${attendees[n % attendees.length].initials}, ` +
                  `due: ${new Date(day.getTime() + 30 * 86400000).toISOString().slice(0, 10)} }`,
              ]
            : [];
        if (actions.length) open.push(`${written}/${n}`);
        const title = `${pick(vocabulary)} ${pick(vocabulary)}`.replace(/^./, (c) => c.toUpperCase());
        const first = paragraph(int(4, 8));
        const second = paragraph(int(3, 6));
        sections.push([`${n} ${title}`, `${first}\n\n${second}`]);
        items.push(
          `  - number: "${n}"\n    title: ${q(title)}\n    minutes: |\n      ${first}\n\n ` +
            `     ${second}\n${actions.length ? `    actions:\n${actions.join('\n')}\n` : ''}`,
        );
      }
      writeMarkdown(id, `Synthetic meeting of ${body}, ${date}`, sections);
      write(
        `meetings/${id}.yaml`,
        `# SYNTHETIC BENCHMARK DATA\nbody: ${body}\ndate: ${date}\nstart: "10:00"\nlocation: Synthetic room\nstatus: held\nminutes: { status: approved }\n` +
          `attendance:\n${attendees.map((p) => `  - { person: ${p.id}, group: present, as: Synthetic role }`).join('\n')}\n` +
          `agenda:\n${items.join('')}`,
      );
      if (written % 3 === 0)
        write(
          `papers/${date.slice(0, 4)}/paper-${written}.md`,
          `---\n# SYNTHETIC BENCHMARK DATA\ntitle: ${q(`Synthetic paper ${written}`)}\ndate: ` +
            `${date}\nkind: report\nmeeting: ${id}\nitem: "2"\n---\n${paragraph(6)}\n\n${paragraph(6)}\n`,
        );
      written++;
    }
  }

  // A Plan with 500 deliverables (by default) and four reports on them.
  const themes = ['alpha', 'beta', 'gamma', 'delta', 'epsilon'];
  const deliverables = Array.from({ length: deliverableCount }, (_, i) => ({
    id: `deliverable-${i}`,
    theme: themes[i % 5],
    title: `Synthetic deliverable ${i}: ${sentence()}`,
  }));
  write(
    'plans/synthetic-plan.yaml',
    `# SYNTHETIC BENCHMARK DATA\ntitle: Synthetic Plan\n` +
      `themes:\n${themes.map((t) => `  - { id: ${t}, name: Theme ${t} }`).join('\n')}\n` +
      `deliverables:\n${deliverables.map((d) => `  - { id: ${d.id}, theme: ${d.theme}, title: ${q(d.title)} }`).join('\n')}\n`,
  );
  const wording = ['Activities ongoing.', 'Activities completed.', 'Activities not started.', 'Embedded into business as usual.'];
  for (let r = 0; r < 4; r++) {
    const date = `${2019 + r}-06-15`;
    write(
      `papers/${2019 + r}/plan-report-${r}.md`,
      `---\n# SYNTHETIC BENCHMARK DATA\ntitle: Synthetic plan report ${r}\ndate: ${date}\nkind: forward-plan\nbody: police-panel\n---\n${paragraph(4)}\n`,
    );
    const entries = deliverables
      .filter(() => rnd() > 0.1)
      .map((d) => `  - { deliverable: ${d.id}, section: current, update: ${q(`${pick(wording)} ${sentence()}`)} }`);
    write(
      `plan-reports/${date}.yaml`,
      `# SYNTHETIC BENCHMARK DATA\nplan: synthetic-plan\ndate: ${date}\ntitle: Synthetic plan ` +
        `report ${r}\npaper: ${2019 + r}/plan-report-${r}\nentries:\n${entries.join('\n')}\n`,
    );
  }

  // 50 measures (by default) with monthly figures over ten years, as analysts' CSV.
  for (let m = 0; m < measureCount; m++) {
    write(
      `measures/measure-${m}.yaml`,
      `# SYNTHETIC BENCHMARK DATA\ntitle: Synthetic measure ${m}\nunit: percent\nbetter: higher\ntarget: { comparison: ` +
        `at-least, value: 80 }\ndescription: A synthetic measure for benchmarking.\nsource: Synthetic\ntopic: Topic ${m % 5}\n`,
    );
    const rows = ['period,value,paper'];
    for (let k = 0; k < 120; k++)
      rows.push(`${2013 + Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')},${(60 + rnd() * 40).toFixed(1)},2019/plan-report-0`);
    write(`measures/measure-${m}.csv`, `${rows.join('\n')}\n`);
  }
  return { meetings: written, people: people.length, bodies: bodies.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const get = (f, d) => (args.includes(f) ? args[args.indexOf(f) + 1] : d);
  const meetings = Number(get('--meetings', '200'));
  const out = get('--out', `dist-bench/archive-${meetings}`);
  console.log(generateArchive({ meetings, out, markdownOut: get('--markdown', undefined) }));
}
