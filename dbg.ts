import { readFileSync } from 'node:fs';
import { parseMinutes } from './src/lib/import/minutes';
import { directoryOf } from './src/lib/import/directory';
const m = parseMinutes(readFileSync(process.argv[2]!, 'utf8'), directoryOf(undefined));
console.log(m.attendance.map((a) => `${a.group}\t${a.name}\t${a.as ?? ''}`).join('\n'));
console.log(m.header);
