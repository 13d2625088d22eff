/**
 * The search page: Pagefind's index and script are fetched only here. The query, filters and
 * sort live in the address, so a search can be shared, bookmarked and restored on reload.
 */
import { plural } from '../lib/format/number';
import { searchFilters } from '../lib/site/search-filters';
import { isRealMatch, matchedWords, withHighlight } from '../lib/site/search-query';

type Filters = Record<string, string>;
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  mergeIndex(path: string, o: Record<string, unknown>): Promise<void>;
  search(term: string | null, o?: { filters?: Filters; sort?: Record<string, 'asc' | 'desc'> }): Promise<{ results: Result[] } | null>;
}
interface Result {
  score: number;
  data(): Promise<ResultData>;
}
/** A segment of the index (src/integrations/search-index.mjs): a year's pages, or "other", those without a date. */
interface Segment {
  name: string;
  path: string;
}
interface ResultData {
  url: string;
  content: string;
  excerpt: string;
  locations: number[];
  meta: Record<string, string>;
  sub_results: { title: string; url: string; excerpt: string; anchor?: unknown }[];
}

const PAGE = 10;

export async function startSearch(): Promise<void> {
  const form = document.getElementById('search-form') as HTMLFormElement;
  const input = document.getElementById('search-q') as HTMLInputElement;
  const filtersBox = document.getElementById('search-filters') as HTMLDetailsElement;
  const filtersFields = document.getElementById('search-filter-fields')!;
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('search-results')!;
  const more = document.getElementById('search-more') as HTMLButtonElement;
  const config = document.getElementById('search-config')!.dataset;

  form.hidden = false;
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  status.textContent = 'Loading search…';
  // The index is in segments, runs of years (src/integrations/search-index.mjs): the first one's
  // script runs them all, each segment's results tagged with its name, so that each can be
  // checked and ordered on its own.
  const segments = ((await (await fetch(config.segments!)).json()) as { segments: Segment[] }).segments;
  const pagefind = (await import(/* @vite-ignore */ `${config.index!}pagefind.js`)) as Pagefind;
  // In the page, not in a web worker: the worker is one more file to fetch on every search.
  await pagefind.options({ excerptLength: 24, noWorker: true, mergeFilter: { segment: segments[0]?.name ?? '' } });
  for (const s of segments.slice(1)) await pagefind.mergeIndex(`${config.index!}${s.path}`, { excerptLength: 24, mergeFilter: { segment: s.name } });
  // Dated pages by their dates, newest or oldest first; those without a date after them, as Pagefind sorts them.
  const years = segments.filter((s) => s.name !== 'other');
  const undated = segments.filter((s) => s.name === 'other');
  const byDate = { newest: [...years, ...undated], oldest: [...undated, ...[...years].reverse()] };

  // The order of results, and the filters, in a disclosure. The filters' values and counts are
  // built from what the index holds, but only once the reader opens it (or the address names a
  // filter): Pagefind's filter files grow with the archive, and most searches never use them.
  const selects = new Map<string, HTMLSelectElement>();
  const sortWrap = document.createElement('div');
  sortWrap.innerHTML = '<label for="search-sort">Order</label>';
  const sort = document.createElement('select');
  sort.id = 'search-sort';
  sort.name = 'sort';
  // Best match first: the reader's words decide the order unless they ask for dates.
  sort.add(new Option('Best match', 'relevance'));
  sort.add(new Option('Newest first', 'newest'));
  sort.add(new Option('Oldest first', 'oldest'));
  if (['newest', 'oldest', 'relevance'].includes(params.get('sort') ?? '')) sort.value = params.get('sort')!;
  sortWrap.append(sort);
  filtersFields.append(sortWrap);
  filtersBox.hidden = false;

  let filtersLoaded: Promise<void> | undefined;
  const loadFilters = () =>
    (filtersLoaded ??= (async () => {
      const available = await pagefind.filters();
      for (const { key, label, all } of searchFilters) {
        const values = Object.keys(available[key] ?? {});
        if (values.length === 0) continue;
        const wrap = document.createElement('div');
        const l = document.createElement('label');
        l.htmlFor = `search-filter-${key}`;
        l.textContent = label;
        const s = document.createElement('select');
        s.id = `search-filter-${key}`;
        s.name = key;
        s.add(new Option(all, ''));
        const sorted = key === 'year' ? values.sort().reverse() : values.sort((a, b) => a.localeCompare(b, 'en-GB'));
        for (const v of sorted) s.add(new Option(`${v} (${available[key]![v]})`, v));
        if (params.get(key) && values.includes(params.get(key)!)) s.value = params.get(key)!;
        s.addEventListener('change', () => void run());
        wrap.append(l, s);
        filtersFields.insertBefore(wrap, sortWrap);
        selects.set(key, s);
      }
    })());
  filtersBox.addEventListener('toggle', () => {
    if (filtersBox.open) void loadFilters();
  });
  // An address that names a filter or an order shows them, so the reader sees what narrows the results.
  if (searchFilters.some(({ key }) => params.get(key)) || sort.value !== 'relevance') {
    filtersBox.open = true;
    await loadFilters();
  }

  // Results are fetched a page at a time; Pagefind itself matches "quoted phrases" exactly.
  let source: Result[] = [];
  let shown = 0;
  let query = '';

  function record() {
    const next = new URLSearchParams();
    if (query) next.set('q', query);
    for (const [key, s] of selects) if (s.value) next.set(key, s.value);
    if (sort.value !== 'relevance') next.set('sort', sort.value);
    const q = next.toString();
    history.replaceState(null, '', `${location.pathname}${q ? `?${q}` : ''}`);
  }

  async function render() {
    const slice = source.slice(shown, shown + PAGE);
    for (const r of await Promise.all(slice.map((x) => x.data()))) list.append(resultItem(r));
    shown += slice.length;
    more.hidden = shown >= source.length;
  }

  function resultItem(r: ResultData): HTMLLIElement {
    const li = document.createElement('li');
    const h = document.createElement('h2');
    const a = document.createElement('a');
    a.href = withHighlight(r.url, r.excerpt);
    a.textContent = r.meta.title ?? r.url;
    h.append(a);
    const meta = document.createElement('p');
    meta.className = 'meta';
    meta.textContent = [r.meta.type, r.meta.body, r.meta.date].filter(Boolean).join(' · ');
    const excerpt = document.createElement('p');
    excerpt.innerHTML = r.excerpt; // Pagefind escapes the page text and adds only <mark>.
    li.append(h, meta, excerpt);
    const subs = r.sub_results.filter((s) => s.anchor).slice(0, 3);
    if (subs.length) {
      const ul = document.createElement('ul');
      ul.className = 'sub-results';
      for (const s of subs) {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = withHighlight(s.url, s.excerpt);
        link.textContent = s.title;
        const ex = document.createElement('div');
        ex.className = 'muted';
        ex.innerHTML = s.excerpt;
        item.append(link, ex);
        ul.append(item);
      }
      li.append(ul);
    }
    return li;
  }

  async function run() {
    query = input.value.trim();
    const filters: Filters = {};
    for (const [key, s] of selects) if (s.value) filters[key] = s.value;
    record();
    list.replaceChildren();
    more.hidden = true;
    if (!query && Object.keys(filters).length === 0) {
      status.textContent = 'Type some words to search, or choose a filter.';
      return;
    }
    status.textContent = 'Searching…';
    const order = sort.value === 'relevance' ? undefined : { date: sort.value === 'oldest' ? ('asc' as const) : ('desc' as const) };
    const term = query.replace(/[“”]/g, '"') || null;
    const exact = /^\s*".+"\s*$/.test(term ?? '');
    const lists = await Promise.all(
      segments.map(async (segment) => {
        const results = (await pagefind.search(term, { filters: { ...filters, segment: segment.name }, sort: order }))?.results ?? [];
        // A word in no page of a segment makes Pagefind fall back on its first letters there, for
        // every result alike: if the segment's best result does not really hold the query, none
        // does. A "quoted phrase" is matched exactly, never so: its results need no check.
        const best = query && !exact && results[0] ? await results[0].data() : undefined;
        return { segment, results: best && !isRealMatch(query, matchedWords(best.content, best.locations)) ? [] : results };
      }),
    );
    source =
      sort.value === 'relevance'
        ? lists.flatMap((l) => l.results).sort((a, b) => b.score - a.score)
        : byDate[sort.value as 'newest' | 'oldest'].flatMap((s) => lists.find((l) => l.segment === s)!.results);
    shown = 0;
    await render();
    // Announced once the results are on the page, so a screen reader user can go straight to them.
    const described = [query && `“${query}”`, ...Object.values(filters)].filter(Boolean).join(', ');
    status.textContent = source.length === 0 ? `No results for ${described}.` : `${plural(source.length, 'result')} for ${described}.`;
  }

  more.addEventListener('click', () => void render());

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });
  sort.addEventListener('change', () => void run());
  await run();
}
