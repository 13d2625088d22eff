const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** A number as UK readers write it: "2,175", "50.61". */
export function formatNumber(n: number): string {
  return whole.format(n);
}

/** The noun that agrees with a count: "meeting" for 1, "meetings" otherwise (or the plural given). */
export function nounFor(count: number, singular: string, pluralForm = `${singular}s`): string {
  return count === 1 ? singular : pluralForm;
}

/**
 * A count and its noun, agreed: "1 meeting", "0 meetings", "3 bodies". The one place a count meets
 * its noun, so no page writes "1 meetings".
 */
export function plural(count: number, singular: string, pluralForm?: string): string {
  return `${formatNumber(count)} ${nounFor(count, singular, pluralForm)}`;
}

/** A file's size as a reader compares them: "812 bytes", "38 KB", "16.1 MB" (1 KB = 1,000 bytes). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return plural(bytes, 'byte');
  if (bytes < 1e6) return `${formatNumber(Math.round(bytes / 1e3))} KB`;
  return `${new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }).format(bytes / 1e6)} MB`;
}
