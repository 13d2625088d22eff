/**
 * The parts every table filter shares (the register's and the Plan status table's): a form that
 * never submits, a labelled select per filter with an "all" choice, a "Show all" button and a
 * status line that says how many rows are shown.
 */
export function filterForm(noun: string): HTMLFormElement {
  const form = document.createElement('form');
  form.className = 'filters';
  form.setAttribute('aria-label', `Filter the ${noun}`);
  form.addEventListener('submit', (e) => e.preventDefault());
  return form;
}

/** A labelled select, its first choice "all" (value ""), then each [value, words] in order. */
export function filterSelect(form: HTMLFormElement, id: string, label: string, all: string, values: Iterable<[string, string]>): HTMLSelectElement {
  const wrap = document.createElement('div');
  const labelElement = document.createElement('label');
  labelElement.htmlFor = id;
  labelElement.textContent = label;
  const select = document.createElement('select');
  select.id = id;
  select.add(new Option(all, ''));
  for (const [value, text] of values) select.add(new Option(text, value));
  wrap.append(labelElement, select);
  form.append(wrap);
  return select;
}

/** Ends the form with its "Show all" button, and puts the form and its status line in the host. */
export function filterControls(form: HTMLFormElement, host: HTMLElement, countId?: string): { reset: HTMLButtonElement; count: HTMLParagraphElement } {
  const reset = document.createElement('button');
  reset.type = 'button';
  reset.textContent = 'Show all';
  form.append(reset);
  const count = document.createElement('p');
  count.setAttribute('role', 'status');
  if (countId) count.id = countId;
  host.append(form, count);
  return { reset, count };
}
