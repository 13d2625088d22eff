/**
 * What a person's name looks like in UK minutes: the titles before it, the words that say a role
 * rather than a name, and the rule that a name is a few capitalised words or initials, never a
 * sentence, never with digits. One rule, used by attendance, signatures and people alike.
 */

/** Titles and ranks printed before a name ("Cllr", "County Councillor", "Det. Supt.", "Y Cynghorydd"). */
export const honorifics =
  /^(?:(?:[a-z]+(?=\s+councill?ors?\b)|sir|dame|dr|mr|mrs|ms|miss|mx|prof|professor|the rev(?:erend|d)?|reverend|revd|rev|canon|prebendary|venerable|ven|archdeacon|lord|lady|baroness|alderman|alderwoman|county|district|borough|town|parish|ward|cllr|cllrs|councillor|councillors|cyng|cynghorydd|cynghorwyr|y cynghorydd|y cynghorwyr|dci|di|ds|dc|pc|ps|pcso|sgt|sergeant|deputy|pcc|pfcc|dpfcc|dpcc|cfo|dcfo|acfo|supt|ch\.? supt|ch\.? insp(?:ector)?|det\.?|t\/det\.?|supt\.|acc|dcc|cc|insp\.?|chief|inspector|superintendent|constable|commander)\.?\s+)+/i;

/** Words of a post, not of a name, and their plurals ("Licensing Standards Officers"). */
export const roleWords =
  /\b(police|chief|deputy|assistant|head|director|senior|business|manager|officer|chair|chairman|chairwoman|convener|provost|bailie|vice|member|councillor|commissioner|constable|superintendent|inspector|clerk|secretary|treasurer|monitoring|communications|performance|executive|leader|portfolio|cabinet|holder|lead|representative|advisor|adviser|coordinator|co-ordinator|solicitor|applicant|objector|legal|services|finance|democratic|support|mayor|sheriff|lieutenant|governance|independent|co-opted|substitute|lay|auditor|audit|partner|team|panel|board|council|county|borough|district|opcc|cadeirydd|clerc|is-gadeirydd|constabulary|office|service|trust|nhs|university|college|agency|association|society|ltd|limited|llp|plc|accountants?|consultants?|consultancy|hall|centre|group|police|planning|associates|architects|surveyors|agenda|item|items|minutes|unit|policing|fire|rescue|ambulance|probation|prison|housing|health|highways|education|library|forum|partnership|network|alliance|federation|foundation|charity|project|brigade|academy|institute|commission|community|energy|management|development|engineer|technician|healthwatch|apologies|attendance|attendence|present|absent|headteacher|governor|depute|division)s?\b/i;

/** Counted, not named: never a person. */
export const notPeople =
  /\b(members? of the public|public|press|residents?|parishioners?|aelod(?:au)? o'r cyhoedd|observers?)\b|^\d+\b|^(one|two|three|four|five|six|seven|eight|nine|ten|dau|tri|pedwar)\b/i;

/** Letters after a name that are honours or offices, not part of it: "Helen Ashworth-Price JP". */
const postNominals = /(?:,?\s+(?:JP|MBE|OBE|CBE|KBE|DBE|BEM|QPM|KPM|QFSM|DL|MP|MSP|MLA|MS|AM))+$/;

/** A name without titles, ranks and honours: "Det. Supt. Mark Wheeler" → "Mark Wheeler", "Ann Lee JP" → "Ann Lee". */
export const bareName = (name: string) => name.replace(honorifics, '').replace(postNominals, '').trim();

const particle = /^(?:de|da|van|von|der|den|le|la|du|ap|ab|ferch|ní|ni|ó|o|mac|mc|bin|al|el|y|st\.?)$/i;

/** "Wealdmoor DC", "Dunholt ICB", "The Foundry": shaped like an organisation's name, its kind abbreviated after it, or "The …". */
export const organisationShaped = (text: string) =>
  /\s(?:DC|BC|MBC|CBC|TC|ICB|BCU|CIC|CVS|CC|LLP|PLC|LTD|Ltd)$/.test(text.trim()) || /^the\s/i.test(text.trim());

/**
 * Whether text is shaped like a person's name: at most six words once titles are off, each a
 * capitalised word, an initial or a particle; no digits; no word of a post; not a sentence.
 */
export function isNameShaped(text: string): boolean {
  const bare = bareName(text.trim()).replace(/\s+/g, ' ');
  if (bare === '' || /\d/.test(bare) || /[:;!?@]/.test(bare) || /\.$/.test(bare.replace(/\b\p{Lu}\.$/u, ''))) return false;
  const words = bare.split(' ');
  // One word is a name only after a title ("Councillor Warren"); initials alone ("IS") are not.
  if (words.length > 6 || (words.length === 1 && bare === text.trim())) return false;
  if (roleWords.test(bare)) return false;
  // "Joanna Friel. Ruth Samways": two names, not one.
  if (organisationShaped(bare) || /\p{Ll}{2,}\.\s/u.test(bare)) return false;
  return words.every((w) => particle.test(w) || /^\p{Lu}\.?$/u.test(w) || /^(\p{Lu}\.){1,3}$/u.test(w) || /^[\p{Lu}'’][\p{L}'’.-]*$/u.test(w));
}
