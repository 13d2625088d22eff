import { parseMinutes } from '/work/main/src/lib/import/minutes';
import { readSource } from '/work/main/src/lib/import/source';
import { removeFurniture } from '/work/main/src/lib/import/furniture';
import { directoryOf } from '/work/main/src/lib/import/directory';
const file = process.argv[2]!;
const what = process.argv[3] ?? 'attendance';
const source: any = await readSource(file);
const { text } = removeFurniture(source.text);
if (what === 'text') { console.log(text); process.exit(0); }
const p: any = parseMinutes(text, directoryOf(undefined));
const out = what === 'all' ? p : what === 'items' ? p.items.map((i: any) => ({ n: i.number, t: i.title, d: i.decisions.map((x: any) => x.text.slice(0, 100)), a: i.actions.map((x: any) => [x.text.slice(0, 100), x.ownerText ?? x.owner]) })) : p[what];
console.log(JSON.stringify(out, null, 1));
