// Temporary: compare key fields of an imported meeting with the hand-made one.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
const [a, b] = process.argv.slice(2).map((f) => parse(readFileSync(f, 'utf8')));
const key = (m: any) => ({
  body: m.body, date: m.date, start: m.start, location: m.location, status: m.minutes?.status, signedBy: m.minutes?.signedBy,
  attendance: (m.attendance ?? []).map((x: any) => `${x.person}:${x.group}`),
  items: (m.agenda ?? []).map((i: any) => `${i.number}|${i.title ?? ''}${i.exempt ? '|exempt' : ''}`),
  actions: (m.agenda ?? []).flatMap((i: any) => (i.actions ?? []).map((x: any) => `${i.number}:${x.ref ?? ''}:${x.owner ?? ''}:${x.due ?? x.dueText ?? ''}`)),
  updates: (m.agenda ?? []).flatMap((i: any) => (i.actionUpdates ?? []).map((x: any) => `${i.number}:${x.ref}`)),
});
const [ka, kb] = [key(a), key(b)];
for (const k of Object.keys(ka) as (keyof typeof ka)[]) {
  const x = JSON.stringify(ka[k]), y = JSON.stringify(kb[k]);
  if (x !== y) {
    if (Array.isArray(ka[k])) {
      const xa = ka[k] as string[], ya = kb[k] as string[];
      console.log(`${k}: imported-only ${JSON.stringify(xa.filter((v) => !ya.includes(v)))} hand-only ${JSON.stringify(ya.filter((v) => !xa.includes(v)))}`);
    } else console.log(`${k}: imported ${x} hand ${y}`);
  }
}
