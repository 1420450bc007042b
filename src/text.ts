/**
 * Text primitives shared by the segmenter and the normalizer: both must see a
 * line the same way, or a repeat would go unnoticed because of an NBSP.
 */

// Note: ZWJ (U+200D) and ZWNJ (U+200C) are kept: they change how emoji and
// Arabic or Persian words render, so removing them would alter the text.
const INVISIBLE = /[\u00AD\u180E\u200B\u2060\uFEFF]/g;
const HAS_INVISIBLE = /[\u00AD\u180E\u200B\u2060\uFEFF]/;
/**
 * Control characters (C0 but tab, LF, VT, FF, CR; DEL; C1) and the noncharacters
 * U+FFFE/U+FFFF: never part of a story, unsafe in a terminal, forbidden in XML.
 */
const CONTROL = /[\x00-\x08\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF]/g;
const HAS_CONTROL = /[\x00-\x08\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF]/;
const WHITESPACE_RUN = /\s+/g;
/** Any whitespace but a single space between words. */
const ODD_WHITESPACE = /[^\S ]| {2}|^ | $/;
const NON_ASCII = /[^\x00-\x7F]/;
const NOT_PRINTABLE_ASCII = /[^ -~]/;

/** Printable ASCII with single spaces between words: nothing for `cleanText` to do. One scan, where its steps take four. */
function isPlain(text: string): boolean {
  return !NOT_PRINTABLE_ASCII.test(text) && !text.includes('  ') && text.charCodeAt(0) !== 32 && text.charCodeAt(text.length - 1) !== 32;
}

/** An HTML character reference, named or numeric, with its closing `;` (`&amp;`, `&#8217;`, `&#x2014;`). */
export const CHARACTER_REFERENCE = /&(?:[A-Za-z][A-Za-z0-9]{1,31}|#\d{1,7}|#[xX][0-9A-Fa-f]{1,6});/;

/** NFC, control and invisible characters removed, every whitespace run (tabs, NBSP, …) one space, trimmed. */
export function cleanText(text: string): string {
  return isPlain(text) ? text : cleanSteps(text);
}

/**
 * A raw input line cleaned, with what the segmenter's account needs of what
 * cleaning took out: whether it held a form feed (which separates articles),
 * and how many control characters went.
 */
export function cleanLine(raw: string): { text: string; formFeed: boolean; controlChars: number } {
  // Note: most lines are plain printable ASCII: nothing to clean, no form feed, no control character.
  if (isPlain(raw)) return { text: raw, formFeed: false, controlChars: 0 };
  return { text: cleanSteps(raw), formFeed: raw.includes('\f'), controlChars: countControlChars(raw) };
}

function cleanSteps(text: string): string {
  // Note: each step is skipped when a cheap test shows it would change nothing.
  let out = HAS_CONTROL.test(text) ? text.replace(CONTROL, '') : text;
  if (HAS_INVISIBLE.test(out)) out = out.replace(INVISIBLE, '');
  if (ODD_WHITESPACE.test(out)) out = out.replace(WHITESPACE_RUN, ' ').trim();
  return toNfc(out);
}

/** The text in Unicode NFC (ASCII is, and is returned without the call). */
export function toNfc(text: string): string {
  return NON_ASCII.test(text) ? text.normalize('NFC') : text;
}

/** How many control characters `cleanText` removes from the text (they are counted, not lost silently). */
export function countControlChars(text: string): number {
  return HAS_CONTROL.test(text) ? (text.match(CONTROL) as RegExpMatchArray).length : 0;
}

/** Space-separated words of text already passed through `cleanText` (single spaces, trimmed): its spaces plus one. */
export function countWords(text: string): number {
  if (text === '') return 0;
  let count = 1;
  for (let i = text.indexOf(' '); i !== -1; i = text.indexOf(' ', i + 1)) count++;
  return count;
}
