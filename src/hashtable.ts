/**
 * A set of 53-bit hashes (see `hash53`), each with an optional 32-bit value:
 * what a feed remembers of every article it has written (ids, slugs).
 *
 * Note: hand-written because a JavaScript `Map` or `Set` of such numbers costs
 * about 50 bytes an entry (a boxed number plus the table's entry) and lives on
 * the V8 heap, which the garbage collector then grows with the input (a 1 GB
 * dump remembers 370,000 articles). Open addressing over typed arrays costs
 * 8–12 bytes a slot, outside the heap. No well-kept npm package offers a typed
 * numeric table (mnemonist's sets are over a bounded range of small integers).
 */
const EMPTY = -1;
/** Small: a batch makes two tables for every file, most of a handful of articles (1,024 slots cost ~20 µs a file to fill). */
const MIN_CAPACITY = 64;
/** Grows when more than this share of the slots is taken: linear probing stays short. */
const MAX_LOAD = 0.7;
/**
 * How much it grows. Note: by half, not double: the table then holds at most 1.5 times the slots its keys need, not
 * twice (a 1 GB dump's two tables took 21 MB, and 31 MB while growing, where 14 and 24 do). Slots are found with `%`,
 * not a power-of-two mask; the few lookups an article makes do not notice.
 */
const GROWTH = 1.5;

export class HashTable53 {
  private keys: Float64Array;
  private values: Uint32Array | undefined;
  private count = 0;

  /** `withValues`: keep a 32-bit value with each key (`get`, `set`); otherwise a set (`has`, `add`). */
  constructor(withValues = false) {
    this.keys = new Float64Array(MIN_CAPACITY).fill(EMPTY);
    this.values = withValues ? new Uint32Array(MIN_CAPACITY) : undefined;
  }

  get size(): number {
    return this.count;
  }

  /** The bytes its typed arrays take. */
  get bytes(): number {
    return this.keys.byteLength + (this.values?.byteLength ?? 0);
  }

  has(key: number): boolean {
    return this.keys[this.slot(key)] === key;
  }

  /** The value kept with the key, or undefined when the key is not in the table. */
  get(key: number): number | undefined {
    const slot = this.slot(key);
    return this.keys[slot] === key ? (this.values as Uint32Array)[slot] : undefined;
  }

  add(key: number): void {
    this.set(key, 0);
  }

  set(key: number, value: number): void {
    if (!Number.isSafeInteger(key) || key < 0) throw new RangeError(`not a 53-bit hash: ${key}`);
    let slot = this.slot(key);
    if (this.keys[slot] !== key) {
      if ((this.count + 1) / this.keys.length > MAX_LOAD) {
        this.grow();
        slot = this.slot(key);
      }
      this.keys[slot] = key;
      this.count++;
    }
    if (this.values !== undefined) this.values[slot] = value;
  }

  /** Where the key is, or the empty slot where it would go. */
  private slot(key: number): number {
    // Note: the low 32 bits of a hash53 are well mixed; `>>> 0` takes them (ToUint32 is the value mod 2³²).
    const capacity = this.keys.length;
    let slot = (key >>> 0) % capacity;
    for (;;) {
      const found = this.keys[slot];
      if (found === key || found === EMPTY) return slot;
      slot = slot + 1 === capacity ? 0 : slot + 1;
    }
  }

  private grow(): void {
    const keys = this.keys;
    const values = this.values;
    const capacity = Math.ceil(keys.length * GROWTH);
    this.keys = new Float64Array(capacity).fill(EMPTY);
    this.values = values === undefined ? undefined : new Uint32Array(capacity);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as number;
      if (key === EMPTY) continue;
      const slot = this.slot(key);
      this.keys[slot] = key;
      if (this.values !== undefined) this.values[slot] = (values as Uint32Array)[i] as number;
    }
  }
}
