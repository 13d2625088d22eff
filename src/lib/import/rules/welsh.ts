/**
 * Whether a phrase is Welsh: most of its words are Welsh function words, words of meetings, or end
 * the way Welsh words do and English ones rarely do ("-iadau", "-ydd", "-wyd"). Used to tell the
 * translation in a bilingual document from the text it translates, never to translate.
 */
const welshWords = new Set(
  (
    'a ac ag am ar at gan gyda i o y yr yn ym yng ei eu ein eich bod mae oedd wedi neu fel ond er hyn hynny nid na ni pob ' +
    'dros rhwng heb tan trwy drwy hefyd ynghylch ynglŷn cyfarfod cofnodion cyngor cymuned cymunedol croeso datgan buddiant ' +
    'adroddiad cynllunio cyllid gohebiaeth materion codi dyddiad nesaf heddlu troseddu comisiynydd cronfa cyhoedd ' +
    'cadeirydd clerc maer tref sir dinas bwrdeistref plwyf pwyllgor bwrdd penderfynwyd cytunwyd cynigiwyd eiliwyd nodi derbyn cymeradwyo unrhyw fater arall ' +
    'cam gweithredu swyddog cymorth sesiwn gyfer aelod aelodau newydd trefnu drefnu anfon ysgrifennu llythyr gwaith diweddaru ' +
    'fod cael cyng flaenraglen rhaglen cais ceisiadau gofyn ofyn adrodd hysbysu gwahodd wahodd cysylltu gysylltu'
  ).split(' '),
);
const welshEnding = /(?:iadau|iad|iau|ydd|wyd|aeth|edd|ŵ|ŷ)$|[ŵŷ]/u;

export function isWelsh(phrase: string): boolean {
  const words = phrase.toLowerCase().match(/[\p{L}’'-]+/gu) ?? [];
  if (words.length === 0) return false;
  // ("taliadau’n", "sylwadau’r", "i’w": a word with its article, particle or pronoun joined on.)
  const bare = (w: string) => w.replace(/^[’']|[’'](?:n|r|i|w)?$/g, '');
  const welsh = words.filter((w) => welshWords.has(bare(w)) || welshEnding.test(bare(w))).length;
  return welsh / words.length >= 0.5;
}

/**
 * Of a phrase printed in two languages side by side, the English half: "CYNGOR TREF LLANGARREG<TAB>LLANGARREG TOWN
 * COUNCIL", "Clerc / Clerk". Otherwise the phrase as it is.
 */
export function englishHalf(phrase: string): string {
  const halves = phrase.trim().split(/\t+|\s{3,}|\s+\/\s+/);
  if (halves.length === 2 && isWelsh(halves[0]!) !== isWelsh(halves[1]!)) return isWelsh(halves[0]!) ? halves[1]! : halves[0]!;
  return phrase;
}

/**
 * "Apologies for Absence (Ymddiheuriadau am Absenoldeb)": the English, and its Welsh translation in
 * brackets. A title printed "Ymddiheuriadau / Apologies" is both languages side by side, kept whole.
 */
export function englishOf(title: string): { english: string; welsh: string } | undefined {
  const bracketed = /^(.*\S)\s*\(([^()]+)\)$/.exec(title);
  if (bracketed && isWelsh(bracketed[2]!) && !isWelsh(bracketed[1]!)) return { english: bracketed[1]!, welsh: `(${bracketed[2]})` };
  return undefined;
}
