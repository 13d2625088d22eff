/**
 * The components an MDX paper may use, and the attributes each takes: the one list both the
 * reader (which refuses anything else) and the paper page (which supplies each component) use.
 * Every attribute is plain text in quotes.
 */
export const paperComponents = {
  Measure: { id: { required: true, what: 'the id of a measure in measures/, e.g. "special-constables"' } },
} as const satisfies Record<string, Record<string, { required: boolean; what: string }>>;

export type PaperComponentName = keyof typeof paperComponents;

/** How a component is written, for messages: <Measure id="…" />. */
export const componentUsage = (name: PaperComponentName) =>
  `<${name}${Object.entries(paperComponents[name])
    .filter(([, a]) => a.required)
    .map(([attr]) => ` ${attr}="…"`)
    .join('')} />`;

/**
 * The components the paper page passes to MDX: exactly the allowed ones, each with its
 * implementation. A component missing, or one not in the list, is a mistake in the code.
 */
export function paperComponentMap<T>(implementations: Record<PaperComponentName, T>): Record<PaperComponentName, T> {
  const allowed = Object.keys(paperComponents).sort().join(', ');
  const given = Object.keys(implementations).sort().join(', ');
  if (allowed !== given)
    throw new Error(`the paper page supplies the components ${given}, but papers ` + `may use ${allowed} (src/lib/content/paper-components.ts)`);
  return implementations;
}
