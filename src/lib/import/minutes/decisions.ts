import { plain } from './text';
import type { DecisionKind } from './types';

// Decisions by their wording: the named patterns the review report cites, and how sentences and leads are read.

/** "Proposed … seconded … carried" is the vote on a decision; only when none is written beside it is it the decision. */
const motion = 'Proposed … seconded … carried';
/** "The motion was CARRIED", after the resolution it carried, is its vote too. */
const carried = 'CARRIED';
export const votes = new Set([motion, carried]);
/** An amendment proposed: read as no decision, whatever its words. */
export const amendment = 'an amendment';

/** Decisions by their wording, each rule named for the review report. */
export const decisionPatterns: [RegExp, DecisionKind, string][] = [
  // (First: a motion's words may hold "deferred" or "agreed" without being the decision.)
  // "As an amendment, X, seconded by Y, moved that …", "An amendment was moved …": never the decision itself.
  [/^(?:as an amendment|an amendment was)\b|^[^.]{2,80}?,?\s+seconded by\s+[^.]{2,80}?,?\s+moved as an amendment\b/i, 'resolved', amendment],
  // "Fiona Sturrock, seconded by Kenneth Doig, moved that …": a motion.
  [/^[^.]{2,80}?,?\s+seconded by\s+[^.]{2,80}?,?\s+moved,?\s+that\b/i, 'resolved', motion],
  [/\bENDORSE[D]?\b/, 'endorsed', 'ENDORSED'],
  [/\bRESOLVED\b/, 'resolved', 'RESOLVED'],
  // "The Committee NOTED the report": the body noting what it names. (Not "The report was NOTED." or "NOTED"
  // alone, a parish clerk's record of business: over twelve blind sets, never the decision in 10.)
  [/\bAGREED\b.*\bNOTE\b|(?<!\b(?:was|were|been|be|and)\s+)\bNOTED\s+(?!with\b|and\b|by\b|accordingly\b)[a-z]/, 'noted', 'AGREED to NOTE / NOTED'],
  [
    /\bAGREED\b|\bagreed as an accurate record\b|\b(?:Board|Group|Panel|Committee|Sub-Committee|Council|Authority|Cabinet|Meeting|Members)(?: (?:[Mm]embers|then|therefore|also|further|accordingly|formally|duly))? (?:unanimously )?agreed\b|\bPENDERFYNWYD\b|\bCYTUNWYD\b/,
    'agreed',
    'AGREED',
  ],
  [/\b(?:Board|Group|Panel|Committee|Meeting)(?: \([^)]*\))? approved\b/, 'approved', 'the body approved'],
  // "Cllr A was appointed as Chair", "… was appointed to the Panel"; not "once a contractor was appointed.".
  [/\bwas appointed\s+(?:as\s+)?(?:the\s+)?(?:to\b|\p{Lu})/u, 'appointed', 'was appointed'],
  // "After discussion, the Committee adopted the recommendations …", "… were taken as read and signed as correct".
  [/\b(?:Board|Group|Panel|Committee|Sub-Committee|Council|Cabinet|Authority|Members) adopted the recommendations?\b/, 'agreed', 'adopted the recommendations'],
  [/\btaken as read and signed as (?:a )?correct\b/i, 'approved', 'approved as a correct record'],
  // (Not "The Board noted the report.": a record of business, not a resolution; over eleven blind sets it
  // was a decision 9 times in 44. The sentence stays in the minutes' text.)
  // "Deferred to next meeting." as the whole outcome; not "deferred" anywhere ("One has deferred until the spring").
  [/^(?:item\s+)?deferred\b/i, 'deferred', 'Deferred …'],
  // Said in lower case, in the words of town, parish and community councils.
  [
    /(?:^|\b(?:it was|was|were|Board|Panel|Committee|Council|Members|Meeting|Cabinet|Authority|Sub-Committee|Group|Forum|Partnership)\s+)(?:unanimously\s+)?resolved(?:\s*:-\s*|\s+)(?:that|to|not to|unanimously)\b|^penderfynwyd\b/i,
    'resolved',
    'resolved that / to',
  ],
  [
    /(?:^|\b(?:it was|was|were|Board|Panel|Committee|Council|Members|Meeting|Cabinet|Authority|Sub-Committee|Group|Forum|Partnership)\s+|\bseconded\b[^.]*?(?:,\s*|\s)(?:and\s+)?)(?:unanimously\s+)?agreed\s+(?:that|to|not to)\b|^cytunwyd\b|^cadarnhawyd\b|\beiliwyd\b[^.]*\ba\s+chytunwyd\b/i,
    'agreed',
    'agreed that / to',
  ],
  [
    // (Not the agenda's "… and, if in order, to be approved as a correct record".)
    /\b(?<!\bto\s)(?:be|been|were|was)\s+(?:submitted and\s+)?(?:approved|agreed|accepted|confirmed|adopted)(?: and signed)?\s+as an? (?:correct|true|accurate|true and accurate)(?: and accurate)? record\b/i,
    'approved',
    'approved as a correct record',
  ],
  [/^decision\s*[:–-]/i, 'resolved', 'Decision:'],
  // "Agreed: to award …", "agreed no objection": a note-taker's decision, the sentence's first word.
  // (Not "Agreed." or "Agreed without a formal vote.", the vote alone.)
  [/^agreed\b(?!\s+actions?\b)(?!\s*(?:(?:without a (?:formal )?vote|unanimously|nem\.? ?con\.?)\s*)?[.;]?$)/i, 'agreed', 'Agreed …'],
  // "Proposed Cllr A, seconded Cllr B, all in favour": a motion and its vote, in one sentence.
  [/^proposed\b.*\b(?:seconded|2nd)\b.*\b(?:all in favour|carried|unanimous(?:ly)?)\b/i, 'resolved', motion],
  // "It was proposed by Cllr A and seconded by Cllr B that the payments be approved.", "Cynigiwyd gan … ac eiliwyd gan … fod …":
  // the motion, which is the decision when no other is written beside it.
  [/^(?:it was )?proposed\b.*\bseconded\b.*\bthat\b|^cynigiwyd\b.*\beiliwyd\b.*\b(?:bod|fod)\b/i, 'resolved', motion],
  [/\bCARRIED\b/, 'resolved', carried],
  // (Not "the Commissioner agreed to write to members": a promise, read as an action.)
  [/\b(?:Commissioner|PCC|Chair|Mayor)(?: \([^)]*\))? approved\b/, 'approved', 'the Commissioner approved'],
];

/** A sentence that is only the vote on the motion before it: "Cytunwyd yn unfrydol, …", "Agreed unanimously.", "Carried.", "RESOLVED accordingly." */
export const bareVote = /^(?:cytunwyd|agreed|carried|resolved)(?:\s+(?:yn unfrydol|unanimously|nem\.?\s*con\.?|accordingly))?\s*(?:[,.;]|$)/i;

/** Lead words with nothing after them: "RESOLVED:", "It was AGREED that –". */
const bareLead = /(?:it was\s+)?(?:RESOLVED|AGREED|Decision)(?:\s+that)?\s*[:–—-]?$/i;
const leadAlone = new RegExp(`^${bareLead.source}`, 'i');
/** The motion before them: "Proposed by Cllr A, seconded by Cllr B, it was RESOLVED:" leads as "it was RESOLVED:" does. */
const motionBeforeLead = new RegExp(`^(?:it was\\s+)?(?:proposed|moved)\\b[^.]*?\\bseconded\\b[^.]*?,?\\s+(?:and\\s+)?(?=${bareLead.source})`, 'i');

/** A paragraph without the motion that leads into its resolution: "Proposed by …, seconded by …, it was RESOLVED: (1) that …". */
export const withoutMotion = (text: string) => text.replace(motionBeforeLead, '');

/**
 * "RESOLVED:" and "That the report be noted." split at the colon are one decision again. A motion that ends in lead words
 * ("Proposed by …, seconded by …, it was RESOLVED:") is those words alone, which may introduce the parts that follow.
 */
export function leadsJoined(list: string[]): string[] {
  const out: string[] = [];
  for (const s of list) {
    const last = out[out.length - 1];
    const lead = withoutMotion(s);
    if (last !== undefined && leadAlone.test(last)) out[out.length - 1] = `${last} ${s}`;
    else out.push(leadAlone.test(lead) ? lead : s);
  }
  return out;
}

export function sentences(paragraph: string): string[] {
  // Bold first ("**Agreed:**"), then a single star of emphasis, so neither hides where a sentence begins.
  return plain(plain(paragraph).replace(/(^|\s)\*(?=\S)|(?<=\S)\*(?=\s|$|[.,;:])/g, '$1')).split(
    /(?<=[.?!:])(?<!\b(?:Cllrs?|Cyng|Mrs?|Ms|Dr|No|St|Rev|Revd|Prof|Supt|Insp|Sgt|Det|approx|etc|[A-Z])\.)\s+(?=[A-Z"“(]|(?:agreed|resolved)\b)/,
  );
}

/**
 * A decision that introduces its parts ("RESOLVED:", "RESOLVED – (1) That …", "The Committee
 * agreed:—"): each numbered or lettered part that follows is a decision of its own.
 */
export const decisionLead =
  /^(?:decision\s*:\s*)?(?:there being no division,\s+|on a division,\s+|accordingly,\s+|following (?:questions and answers|discussion|debate),?\s+)?(?:it was\s+)?(RESOLVED|AGREED|DECIDED|PENDERFYNWYD|CYTUNWYD|Decision|Outcome|Resolution|Penderfyniad|(?:The )?(?:[A-Z][\w'’-]+ ){0,3}(?:Committee|Board|Panel|Council|Sub-Committee|Authority|Cabinet|Members)(?: therefore| accordingly| unanimously)? (?:agreed|resolved)|(?:The )?(?:[A-Z][\w'’-]+ ){0,3}(?:Committee|Board|Panel|Sub-Committee|Cabinet)(?=\s*:-?\s*$))(?:\s*\/\s*(?:RESOLVED|AGREED|DECIDED|Decision))?(?:\s*[–—-])?(?:\s+(?:that|to))?(?:\s+(?:the|this)\s+(?:Panel|Committee|Board|Council|Sub-Committee|Authority|Cabinet)(?=\s*:))?\s*(?:[:–—-]+\s*|$)(.*)$/i;
export const partMarker = /(?:^|\s)(?:\(\d{1,2}\)|\([a-z]\)|\([ivx]{1,4}\)|\[[a-z]\]|\d{1,2}\)|[a-z]\))\s+/g;
/** A decision's parts printed in one paragraph: "(1) That … (2) That …" → "That …", "That …". */
export const partsOf = (text: string) =>
  ` ${text}`
    .split(partMarker)
    .map((x) => x.trim())
    .filter((x) => x !== '');
/** Text that begins with a part's mark: "(a) ", "2) ", "iv. ". */
export const beginsWithPart = (text: string) => /^\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)\]]\s/.test(text);
export const leadKind = (word: string): DecisionKind => (/agreed|cytunwyd/i.test(word) ? 'agreed' : 'resolved');
