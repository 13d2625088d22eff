/**
 * Adds filters to a server-rendered register. The table is complete without this script: it only
 * hides rows. Each filter reads `data-<key>` on the rows for the value and `data-<key>-label` for
 * the words to show; the choice is kept in the address so a filtered view can be shared.
 */
import { filterControls, filterForm, filterSelect } from './filter-form';

export interface RowFilter {
  key: string;
  label: string;
  all: string;
}

export function enhanceRegister(table: HTMLTableElement | null, host: HTMLElement | null, filters: RowFilter[], noun: string): void {
  if (!table || !host) return;
  const rows = [...table.tBodies[0]!.rows];
  const caption = table.caption!;
  const captionText = caption.textContent ?? '';
  const form = filterForm(noun);
  const selects = filters.map((f) => {
    const seen = new Map<string, string>();
    for (const r of rows) {
      const value = r.dataset[f.key];
      if (value && !seen.has(value)) seen.set(value, r.dataset[`${f.key}Label`] ?? value);
    }
    return { filter: f, select: filterSelect(form, `filter-${f.key}`, f.label, f.all, seen) };
  });
  const { reset, count } = filterControls(form, host);

  function apply(record: boolean) {
    let shown = 0;
    for (const r of rows) {
      const visible = selects.every(({ filter, select }) => !select.value || r.dataset[filter.key] === select.value);
      r.hidden = !visible;
      if (visible) shown++;
    }
    const chosen = selects.filter(({ select }) => select.value).map(({ select }) => select.selectedOptions[0]!.text);
    caption.textContent = chosen.length ? `${captionText} (showing: ${chosen.join(', ')})` : captionText;
    count.textContent = `Showing ${shown} of ${rows.length} ${noun}`;
    if (record) {
      const params = new URLSearchParams(location.search);
      for (const { filter, select } of selects) {
        if (select.value) params.set(filter.key, select.value);
        else params.delete(filter.key);
      }
      const query = params.toString();
      history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
    }
  }

  const params = new URLSearchParams(location.search);
  for (const { filter, select } of selects) {
    const want = params.get(filter.key);
    if (want && [...select.options].some((o) => o.value === want)) select.value = want;
    select.addEventListener('change', () => apply(true));
  }
  reset.addEventListener('click', () => {
    for (const { select } of selects) select.value = '';
    apply(true);
  });
  apply(false);
}
