/**
 * A register published a page per body and year, so no page grows with the archive: the same
 * shape as the action log, for records that always have a date.
 */
export interface RegisterYear<R> {
  year: string;
  records: R[];
}

export interface RegisterBody<B, R> {
  body: B;
  records: R[];
  /** Newest year first; records keep their order within a year. */
  years: RegisterYear<R>[];
}

export function registerByBodyAndYear<B, R>(groups: readonly { body: B; records: readonly R[] }[], date: (r: R) => string): RegisterBody<B, R>[] {
  return groups
    .filter((g) => g.records.length > 0)
    .map(({ body, records }) => {
      const years = new Map<string, R[]>();
      for (const r of records) {
        const y = date(r).slice(0, 4);
        const list = years.get(y);
        if (list) list.push(r);
        else years.set(y, [r]);
      }
      return {
        body,
        records: [...records],
        years: [...years].sort(([a], [b]) => b.localeCompare(a)).map(([year, list]) => ({ year, records: list })),
      };
    });
}
