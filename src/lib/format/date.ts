const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const days = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function parts(iso: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`not a YYYY-MM-DD date: "${iso}"`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** "2019-10-09" → "9 October 2019" (GOV.UK style: no leading zero, no ordinal). */
export function formatDate(iso: string): string {
  const [y, m, d] = parts(iso);
  return `${d} ${months[m - 1]} ${y}`;
}

/** "2019-10-09" → "Wednesday 9 October 2019". */
export function formatLongDate(iso: string): string {
  const [y, m, d] = parts(iso);
  return `${days[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]} ${formatDate(iso)}`;
}

/** "2019-10-09" → "9 Oct 2019", for dense tables. */
export function formatShortDate(iso: string): string {
  const [y, m, d] = parts(iso);
  return `${d} ${months[m - 1]!.slice(0, 3)} ${y}`;
}

/** "15:00" → "3pm", "13:30" → "1:30pm", "12:00" → "midday", "00:00" → "midnight". */
export function formatTime(hhmm: string): string {
  const [h, min] = hhmm.split(':').map(Number) as [number, number];
  if (h === 12 && min === 0) return 'midday';
  if (h === 0 && min === 0) return 'midnight';
  const suffix = h < 12 ? 'am' : 'pm';
  const hour = h % 12 === 0 ? 12 : h % 12;
  return min === 0 ? `${hour}${suffix}` : `${hour}:${String(min).padStart(2, '0')}${suffix}`;
}

/** UK financial year of a date: April to March, "2022/23". */
export function financialYear(iso: string): string {
  const [y, m] = parts(iso);
  const start = m >= 4 ? y : y - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

/** "2022" → "2022", "2022-06" → "June 2022", "2022-06-30" → "30 June 2022". */
export function formatPartialDate(value: string): string {
  if (/^\d{4}$/.test(value)) return value;
  const m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return `${months[Number(m[2]) - 1]} ${m[1]}`;
  return formatDate(value);
}
