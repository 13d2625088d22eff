const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** The months in Welsh, in order ("10fed Mehefin 2020"). */
const welshMonths = ['ionawr', 'chwefror', 'mawrth', 'ebrill', 'mai', 'mehefin', 'gorffennaf', 'awst', 'medi', 'hydref', 'tachwedd', 'rhagfyr'];
const monthPattern = `(${months.join('|')}|${welshMonths.join('|')}|${months.map((m) => m.slice(0, 3)).join('|')}|sept)`;
/** English and Welsh ordinal endings: 1st, 2nd, 3rd, 4th; 1af, 2il, 3ydd, 4ydd, 5ed, 10fed, 11eg, 20fed. */
const ordinal = '(?:st|nd|rd|th|af|il|ydd|edd|ed|fed|eg|ain)';

/** "Tuesday 26th January 2016", "9th October 2019", "28 May 2015" → YYYY-MM-DD; undefined if none. */
export function findUkDate(text: string): { iso: string; match: string } | undefined {
  const re = new RegExp(`\\b(\\d{1,2})\\s*${ordinal}?\\s+(?:of\\s+)?${monthPattern}\\.?,?\\s+(\\d{4})\\b`, 'i');
  const m = re.exec(text);
  if (!m) {
    // "Date: 09/11/2021": day, month, year, as the UK writes them.
    const n = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(text);
    if (!n) return undefined;
    return valid(Number(n[3]), Number(n[2]), Number(n[1]), n[0]);
  }
  const day = Number(m[1]);
  const name = m[2]!.toLowerCase();
  const welsh = welshMonths.indexOf(name);
  const month = welsh >= 0 ? welsh + 1 : name === 'sept' ? 9 : months.findIndex((x) => x.startsWith(name.slice(0, 3))) + 1;
  return valid(Number(m[3]), month, day, m[0]);
}

function valid(year: number, month: number, day: number, match: string): { iso: string; match: string } | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return { iso: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, match };
}

/** "12.00", "15:00", "9:00am", "2:00pm", "1.30 pm" → "HH:MM". */
export function findClockTime(text: string): { time: string; match: string } | undefined {
  // "7.30pm", "7.30yh" (Welsh: yr hwyr, evening), "10.00yb" (y bore); "7 o'r gloch" on an evening ("nos Fercher").
  const m =
    /\b(\d{1,2})[.:](\d{2})\s*(am|pm|a\.m\.|p\.m\.|yh|y\.h\.|yp|y\.p\.|yb|y\.b\.)?(?![\d:]|\.\d)/i.exec(text) ??
    /\b(\d{1,2})()\s*(am|pm|a\.m\.|p\.m\.)(?![\w])/i.exec(text) ??
    // "0930hrs", "1400 hours": the 24-hour clock written as four figures.
    /\b([01]\d|2[0-3])([0-5]\d)\s*(?:hrs|hours)\b()/i.exec(text) ??
    (/\bnos\b/i.test(text) ? /\b(\d{1,2})()\s+(o'r gloch)/i.exec(text) : null);
  if (!m) return undefined;
  if (m[2] === '') m[2] = '00';
  if (/^(yh|y\.h\.|yp|y\.p\.|o'r gloch)$/i.test(m[3] ?? '')) m[3] = 'pm';
  if (/^(yb|y\.b\.)$/i.test(m[3] ?? '')) m[3] = 'am';
  let h = Number(m[1]);
  const min = Number(m[2]);
  const half = m[3]?.toLowerCase().replace(/\./g, '');
  if (half === 'pm' && h < 12) h += 12;
  if (half === 'am' && h === 12) h = 0;
  if (h > 23 || min > 59) return undefined;
  return { time: `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`, match: m[0] };
}
