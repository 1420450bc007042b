/**
 * Text primitives shared by the segmenter and the normalizer: both must see a
 * line the same way, or a repeat would go unnoticed because of an NBSP.
 */

// Note: ZWJ (U+200D) and ZWNJ (U+200C) are kept: they change how emoji and
// Arabic or Persian words render, so removing them would alter the text.
const INVISIBLE = /[\u00AD\u180E\u200B\u2060\uFEFF]/g;
const WHITESPACE_RUN = /\s+/g;

/** NFC, invisible characters removed, every whitespace run (tabs, NBSP, …) one space, trimmed. */
export function cleanText(text: string): string {
  return text.replace(INVISIBLE, '').replace(WHITESPACE_RUN, ' ').trim().normalize('NFC');
}

/** Space-separated words of text already passed through `cleanText`. */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) === 32;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}
