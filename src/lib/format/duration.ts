import { plural } from './number';

/**
 * A duration given in minutes, with the parts that are zero left out. "short" is for tables and
 * figures ("39 min 18 s", "1 h"); "long" is for sentences such as a target ("below 1 hour",
 * "39 minutes 18 seconds").
 */
export function formatDuration(minutes: number, style: 'short' | 'long'): string {
  const total = Math.round(minutes * 60);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const parts: [number, string, string][] = [
    [h, 'h', 'hour'],
    [m, 'min', 'minute'],
    [s, 's', 'second'],
  ];
  const shown = parts.filter(([n]) => n > 0);
  if (shown.length === 0) shown.push(parts[2]!);
  return shown.map(([n, short, long]) => (style === 'short' ? `${n} ${short}` : plural(n, long))).join(' ');
}
