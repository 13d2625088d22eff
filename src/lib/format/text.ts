/**
 * Text in brackets, after a figure: "90.1% (March 2022)". Text that has brackets of its own keeps
 * them as square ones inside, as British usage puts brackets within brackets:
 * "(PEEL Report 2022 [OPCC 11th July])", never "(PEEL Report 2022 (OPCC 11th July))".
 */
export function bracketed(text: string): string {
  return `(${text.replace(/\(/g, '[').replace(/\)/g, ']')})`;
}
