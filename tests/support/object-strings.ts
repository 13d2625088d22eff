/**
 * Every string reachable from a value (objects, arrays, Maps with their keys, Sets), each with the
 * first path it was reached by: what a page could print of an object handed to it.
 */
export function reachableStrings(root: unknown, rootName = 'archive'): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  const seen = new Set<object>();
  const queue: [unknown, string][] = [[root, rootName]];
  while (queue.length > 0) {
    const [value, at] = queue.shift()!;
    if (typeof value === 'string') {
      out.push({ path: at, text: value });
      continue;
    }
    if (value === null || typeof value !== 'object' || seen.has(value)) continue;
    seen.add(value);
    if (value instanceof Map) {
      for (const [k, v] of value) {
        queue.push([k, `${at}.keys()`]);
        queue.push([v, `${at}.get(${JSON.stringify(String(k))})`]);
      }
    } else if (value instanceof Set || Array.isArray(value)) {
      [...value].forEach((v, i) => queue.push([v, `${at}[${i}]`]));
    } else {
      for (const [k, v] of Object.entries(value)) queue.push([v, `${at}.${k}`]);
    }
  }
  return out;
}

/** Canary words (matched without regard to case) found in those strings, with where. */
export function canariesIn(strings: { path: string; text: string }[], canaries: Map<string, string>): { canary: string; field: string; at: string }[] {
  const found: { canary: string; field: string; at: string }[] = [];
  for (const { path, text } of strings) {
    const upper = text.toUpperCase();
    if (!upper.includes('CANARY')) continue;
    for (const [canary, field] of canaries) if (upper.includes(canary)) found.push({ canary, field, at: path });
  }
  return found;
}
