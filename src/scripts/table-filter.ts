/**
 * Adds filters (theme, status) and sortable columns to a server-rendered status table. The
 * table is complete without this script; the script only hides rows and reorders them, and
 * keeps the state in the address so a filtered view can be shared and restored.
 */
import { statusOrder, type DeliverableState } from '../lib/derive/plan-status';
import { plural } from '../lib/format/number';
import { filterControls, filterForm, filterSelect } from './filter-form';

type SortKey = 'theme' | 'deliverable' | 'status' | 'target' | 'updated';

export function enhanceTable(table: HTMLTableElement | null, host: HTMLElement | null): void {
  if (!table || !host) return;
  const tbody = table.tBodies[0]!;
  const rows = [...tbody.rows];
  const headers = [...table.tHead!.rows[0]!.cells];
  const caption = table.caption!;
  const captionText = caption.textContent ?? '';
  const cellText = (row: HTMLTableRowElement, key: SortKey) => {
    const i = headers.findIndex((h) => h.dataset.sort === key);
    return i < 0 ? '' : (row.cells[i]?.textContent ?? '').trim();
  };

  const options = (attr: 'theme' | 'status', key: SortKey) => {
    const seen = new Map<string, string>();
    for (const r of rows) {
      const value = r.dataset[attr]!;
      if (!seen.has(value)) {
        // Status cells start with an aria-hidden symbol; the words follow it.
        const cell = r.cells[headers.findIndex((h) => h.dataset.sort === key)];
        const words = cell?.querySelector('.tag')?.lastChild?.textContent ?? cellText(r, key);
        seen.set(value, words.trim());
      }
    }
    if (attr === 'status') return [...seen].sort((a, b) => statusOrder.indexOf(a[0] as DeliverableState) - statusOrder.indexOf(b[0] as DeliverableState));
    return [...seen];
  };

  const form = filterForm('deliverables');
  const hasTheme = headers.some((h) => h.dataset.sort === 'theme');
  const themeSelect = hasTheme ? filterSelect(form, 'filter-theme', 'Theme', 'All themes', options('theme', 'theme')) : null;
  const statusSelect = filterSelect(form, 'filter-status', 'Status', 'All statuses', options('status', 'status'));
  const { reset, count } = filterControls(form, host, 'filter-count');

  let sort: { key: SortKey; dir: 'ascending' | 'descending' } | null = null;
  const buttons = new Map<SortKey, HTMLButtonElement>();
  for (const th of headers) {
    const key = th.dataset.sort as SortKey | undefined;
    if (!key) continue;
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'sort-button';
    b.textContent = th.textContent ?? key;
    th.textContent = '';
    th.append(b);
    b.addEventListener('click', () => {
      sort = { key, dir: sort?.key === key && sort.dir === 'ascending' ? 'descending' : 'ascending' };
      apply(true);
    });
    buttons.set(key, b);
  }

  const sortValue = (r: HTMLTableRowElement, key: SortKey): string | number => {
    if (key === 'status') return statusOrder.indexOf(r.dataset.status as DeliverableState);
    if (key === 'updated') return r.dataset.updated ?? '';
    if (key === 'target') return r.dataset.target || '\uffff';
    if (key === 'theme') return Number(r.dataset.order);
    return cellText(r, key).toLowerCase();
  };

  function apply(record: boolean) {
    const theme = themeSelect?.value ?? '';
    const status = statusSelect.value;
    let shown = 0;
    for (const r of rows) {
      const visible = (!theme || r.dataset.theme === theme) && (!status || r.dataset.status === status);
      r.hidden = !visible;
      if (visible) shown++;
    }
    const ordered = [...rows].sort((a, b) => {
      if (!sort) return Number(a.dataset.order) - Number(b.dataset.order);
      const x = sortValue(a, sort.key);
      const y = sortValue(b, sort.key);
      const c = x < y ? -1 : x > y ? 1 : Number(a.dataset.order) - Number(b.dataset.order);
      return sort.dir === 'ascending' ? c : -c;
    });
    tbody.append(...ordered);
    for (const th of headers) {
      if (sort && th.dataset.sort === sort.key) th.setAttribute('aria-sort', sort.dir);
      else th.removeAttribute('aria-sort');
    }
    const parts = [themeSelect?.selectedOptions[0]?.text, statusSelect.selectedOptions[0]?.text].filter((t, i) => (i === 0 ? theme : status) && t);
    caption.textContent = parts.length ? `${captionText} (showing: ${parts.join(', ')})` : captionText;
    count.textContent = `Showing ${shown} of ${plural(rows.length, 'deliverable')}`;
    if (record) {
      const params = new URLSearchParams(location.search);
      for (const [k, v] of [
        ['theme', theme],
        ['status', status],
        ['sort', sort?.key ?? ''],
        ['dir', sort ? sort.dir.slice(0, 4) : ''],
      ] as const) {
        if (v) params.set(k, v);
        else params.delete(k);
      }
      const query = params.toString();
      history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
    }
  }

  // Restore a shared or reloaded view from the address.
  const params = new URLSearchParams(location.search);
  const want = (s: HTMLSelectElement | null, v: string | null) => {
    if (s && v && [...s.options].some((o) => o.value === v)) s.value = v;
  };
  want(themeSelect, params.get('theme'));
  want(statusSelect, params.get('status'));
  const key = params.get('sort') as SortKey | null;
  if (key && buttons.has(key)) sort = { key, dir: params.get('dir') === 'desc' ? 'descending' : 'ascending' };

  themeSelect?.addEventListener('change', () => apply(true));
  statusSelect.addEventListener('change', () => apply(true));
  reset.addEventListener('click', () => {
    if (themeSelect) themeSelect.value = '';
    statusSelect.value = '';
    sort = null;
    apply(true);
  });
  apply(false);
}
