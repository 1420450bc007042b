/** Stable ids and URL-safe, feed-unique slugs. */
import slugify from 'slugify';
import { HashTable53 } from '../hashtable.js';
import { toNfc } from '../text.js';
import { uuidBytes, uuidV5 } from '../uuid.js';

/**
 * The namespace of feedconv's name-based UUIDs: the v5 UUID of `https://www.npmjs.com/package/feedconv`
 * in the URL namespace, written out (a test derives it) rather than hashed at every start.
 */
export const NAMESPACE = uuidBytes('970d1cb3-b97f-596b-9083-bdcf550d6bb2');

/**
 * The same story gets the same id whatever file or position it comes from: a
 * name-based UUID (RFC 9562 v5) of the title (case-folded) and the published
 * day. A UUID so that Atom can use it as `urn:uuid:…` and a reader can map it back.
 */
export function articleId(title: string, published: string | undefined): string {
  return uuidV5(`${title.toLowerCase()}\n${published?.slice(0, 10) ?? ''}`, NAMESPACE);
}

const MAX_SLUG = 80;
const SYMBOLS = /[<>{}[\]|\\^`~]/g;

const SLUG_OPTIONS = { lower: true, strict: true, locale: 'en' } as const;

/**
 * What slugify writes for each UTF-16 unit, learnt from slugify itself the
 * first time a unit is seen: slugify maps unit by unit (its character map,
 * then its per-unit removals and the strict filter), and only then trims,
 * joins whitespace with `-` and lowercases. So the concatenation of the units'
 * pieces, finished the same way, is slugify's result.
 * Note: slugify rebuilds the string one unit at a time through a regex, ~5% of
 * a conversion; this is a table lookup a unit. A property test pins it to slugify.
 */
const pieces = new Map<number, string>();
/** The pieces of ASCII units, most of every title, in an array: a map lookup a character was near half of a slug's time. */
const asciiPieces: (string | undefined)[] = new Array<string | undefined>(128).fill(undefined);

function pieceOf(unit: number): string {
  let piece = unit < 128 ? asciiPieces[unit] : pieces.get(unit);
  if (piece === undefined) {
    // Between two letters, so that trimming cannot touch it; a `-` in the result stands for whitespace.
    const probe = slugify(`a${String.fromCharCode(unit)}b`, { ...SLUG_OPTIONS, lower: false });
    piece = probe.slice(1, -1).replaceAll('-', ' ');
    if (unit < 128) asciiPieces[unit] = piece;
    else pieces.set(unit, piece);
  }
  return piece;
}

/** slugify(text, SLUG_OPTIONS), by the table of pieces. */
export function slugOf(text: string): string {
  // slugify normalises to NFC before it maps; text already in NFC (all cleaned text) needs no step.
  if (toNfc(text) !== text) return slugify(text, SLUG_OPTIONS);
  // Note: runs of units that are their own pieces are copied whole; a string grown a unit at a time was most of a slug's time.
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 128 && OWN_PIECE[unit] === 1) continue;
    out += text.slice(from, i) + pieceOf(unit);
    from = i + 1;
  }
  out = from === 0 ? text : out + text.slice(from);
  return out.trim().replace(/\s+/g, '-').toLowerCase();
}

/** ASCII letters, digits and the space: slugify keeps each as it is (the space as whitespace), so each is its own piece. */
const OWN_PIECE = new Uint8Array(128);
for (const char of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 ') OWN_PIECE[char.charCodeAt(0)] = 1;

const LATIN_LETTER = /\p{Script=Latin}/u;
/** An ASCII letter is a Latin one: most titles have one, and the pattern above (~0.2 ms to compile) is not asked. */
const ASCII_LETTER = /[A-Za-z]/;

/** A URL-safe slug of the title, cut at a word boundary; titles with no Latin letters fall back to the id. */
export function baseSlug(title: string, id: string): string {
  // Note: without Latin letters, what slugify keeps is the digits and symbols (`5.3%` → `53percent`), no name at all.
  if (!ASCII_LETTER.test(title) && !LATIN_LETTER.test(title)) return `article-${id.slice(0, 8)}`;
  // Note: slugify spells some symbols out (`<` → "less"); markup brackets and the like are noise in a slug.
  let slug = slugOf(title.replace(SYMBOLS, ' '));
  if (slug.length > MAX_SLUG) {
    const cut = slug.lastIndexOf('-', MAX_SLUG);
    slug = slug.slice(0, cut > 0 ? cut : MAX_SLUG);
  }
  return slug.length > 0 ? slug : `article-${id.slice(0, 8)}`;
}

/**
 * A 53-bit hash of a string: two 32-bit multiply-xorshift lanes, mixed at the
 * end (the cyrb53 construction). What a feed must remember of every article
 * (slugs, ids) is kept as these numbers in a `HashTable53`, not as strings:
 * 8–12 bytes a slot, off the V8 heap, instead of 100 or more on it.
 * Two different strings share a hash with odds of about n²/2⁵⁴ (one in 10⁵
 * for 400,000 articles); then a slug gets a needless `-2`, deterministically.
 */
export function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Hands out slugs unique within one feed: `name`, `name-2`, `name-3`, … */
export class SlugRegistry {
  private readonly used = new HashTable53();

  unique(slug: string): string {
    let candidate = slug;
    let key = hash53(candidate);
    for (let n = 2; this.used.has(key); n++) {
      candidate = `${slug}-${n}`;
      key = hash53(candidate);
    }
    this.used.add(key);
    return candidate;
  }
}
