/** Name-based UUIDs (RFC 9562 v5): article ids, and Atom ids made from a feed's title or a non-IRI id. */
import { createRequire } from 'node:module';
import { sha1 as nobleSha1 } from '@noble/hashes/legacy.js';

/** The bytes of a UUID. */
export function uuidBytes(uuid: string): Uint8Array {
  return Buffer.from(uuid.replaceAll('-', ''), 'hex');
}

/** RFC 9562's namespace for names that are URLs. */
export const URL_NAMESPACE = uuidBytes('6ba7b811-9dad-11d1-80b4-00c04fd430c8');

let scratch = Buffer.allocUnsafe(1024);

/**
 * Ids made with @noble/hashes' SHA-1 before node:crypto's takes over. node:crypto is some twenty modules and ~5 ms
 * to load, more than a small dump's conversion; its one-shot hash is ~2.5 µs an id faster, which pays for the load
 * after about 2,000 ids. The two give the same bytes (a test holds both to the uuid package).
 */
export const NATIVE_AFTER = 2000;
let made = 0;
let sha1: (bytes: Uint8Array) => Uint8Array = nobleSha1;

/** Which SHA-1 the next id is made with. */
export function sha1Backend(): 'noble' | 'node:crypto' {
  return sha1 === nobleSha1 ? 'noble' : 'node:crypto';
}

/** node:crypto's SHA-1, one-shot where Node has it (20.12 and later). */
function nativeSha1(): (bytes: Uint8Array) => Uint8Array {
  const crypto = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  const oneShot = (crypto as { hash?: (algorithm: string, data: Uint8Array, encoding: 'buffer') => Buffer }).hash;
  return oneShot !== undefined ? (bytes) => oneShot('sha1', bytes, 'buffer') : (bytes) => crypto.createHash('sha1').update(bytes).digest();
}

/**
 * The v5 UUID of `name` in `namespace`: SHA-1 of the namespace and the UTF-8
 * name, version and variant bits set.
 * Note: hand-written for the hot path (one id per article): the uuid package
 * encodes the name to bytes in JavaScript, which cost ~7% of a whole conversion.
 * SHA-1 is @noble/hashes' for a run's first ids, then node:crypto's (see
 * NATIVE_AFTER). A test pins it to the uuid package.
 */
export function uuidV5(name: string, namespace: Uint8Array): string {
  // The namespace and the name, encoded into one reused buffer: a hasher fed twice, or a buffer a name, cost ~40% more.
  const longest = namespace.length + name.length * 3;
  if (scratch.length < longest) scratch = Buffer.allocUnsafe(longest);
  scratch.set(namespace);
  const length = namespace.length + scratch.write(name, namespace.length, 'utf8');
  if (made < NATIVE_AFTER && ++made === NATIVE_AFTER) sha1 = nativeSha1();
  const digest = sha1(scratch.subarray(0, length));
  digest[6] = ((digest[6] as number) & 0x0f) | 0x50;
  digest[8] = ((digest[8] as number) & 0x3f) | 0x80;
  const hex = Buffer.from(digest.buffer, digest.byteOffset, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
