/** Name-based UUIDs (RFC 9562 v5): article ids, and Atom ids made from a feed's title or a non-IRI id. */
import { sha1 } from '@noble/hashes/legacy.js';

/** The bytes of a UUID. */
export function uuidBytes(uuid: string): Uint8Array {
  return Buffer.from(uuid.replaceAll('-', ''), 'hex');
}

/** RFC 9562's namespace for names that are URLs. */
export const URL_NAMESPACE = uuidBytes('6ba7b811-9dad-11d1-80b4-00c04fd430c8');

let scratch = Buffer.allocUnsafe(1024);

/**
 * The v5 UUID of `name` in `namespace`: SHA-1 of the namespace and the UTF-8
 * name, version and variant bits set.
 * Note: hand-written for the hot path (one id per article): the uuid package
 * encodes the name to bytes in JavaScript, which cost ~7% of a whole conversion.
 * SHA-1 is @noble/hashes', not node:crypto's, which is some twenty modules and
 * ~5 ms of every start for this one hash. A test pins it to the uuid package.
 */
export function uuidV5(name: string, namespace: Uint8Array): string {
  // The namespace and the name, encoded into one reused buffer: a hasher fed twice, or a buffer a name, cost ~40% more.
  const longest = namespace.length + name.length * 3;
  if (scratch.length < longest) scratch = Buffer.allocUnsafe(longest);
  scratch.set(namespace);
  const length = namespace.length + scratch.write(name, namespace.length, 'utf8');
  const digest = sha1(scratch.subarray(0, length));
  digest[6] = ((digest[6] as number) & 0x0f) | 0x50;
  digest[8] = ((digest[8] as number) & 0x3f) | 0x80;
  const hex = Buffer.from(digest.buffer, digest.byteOffset, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
