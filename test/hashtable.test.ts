import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HashTable53 } from '../src/hashtable.js';
import { hash53 } from '../src/normalize/ids.js';

// Keys whose low 32 bits collide (k + n·2³²) land on the same slot and must probe past each other.
const colliding = fc.tuple(fc.nat({ max: 16 }), fc.nat({ max: 2 ** 21 - 1 })).map(([low, high]) => high * 2 ** 32 + low);
const hash = fc.oneof(fc.constantFrom(0, 1, 2 ** 32, 2 ** 32 + 1, 2 ** 53 - 1, 1024, 2048), colliding, fc.integer({ min: 0, max: 2 ** 32 }), fc.maxSafeNat());

describe('HashTable53', () => {
  it('answers as a Map would, through growth and colliding low bits', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(hash, fc.nat({ max: 2 ** 32 - 1 })), { minLength: 800, maxLength: 1500 }), fc.array(hash, { maxLength: 50 }), (entries, probes) => {
        const table = new HashTable53(true);
        const model = new Map<number, number>();
        for (const [key, value] of entries) {
          table.set(key, value);
          model.set(key, value);
        }
        expect(table.size).toBe(model.size);
        for (const key of [...model.keys(), ...probes]) {
          expect(table.get(key)).toBe(model.get(key));
          expect(table.has(key)).toBe(model.has(key));
        }
      }),
      // Note: no shrinking: a failing table of a thousand keys would take minutes to shrink.
      { numRuns: 50, endOnFailure: true },
    );
  });

  it('keeps 300,000 article hashes as a set, each found once', () => {
    const table = new HashTable53();
    for (let i = 0; i < 300_000; i++) table.add(hash53(`article-${i}`));
    table.add(hash53('article-7'));
    expect(table.size).toBe(300_000);
    expect(table.has(hash53('article-299999'))).toBe(true);
    expect(table.has(hash53('article-300000'))).toBe(false);
  });

  it('takes at most half again the slots its keys need, growing by half', () => {
    // 370,000: a 1 GB generated dump's articles, just past where a doubling table goes from 2^19 to 2^20 slots.
    const table = new HashTable53(true);
    let largest = 0;
    for (let i = 0; i < 370_000; i++) {
      table.set(hash53(`article-${i}`), i);
      largest = Math.max(largest, table.bytes);
    }
    const needed = (370_000 / 0.7) * 12;
    expect(table.bytes).toBeGreaterThanOrEqual(needed);
    expect(largest).toBeLessThanOrEqual(1.5 * needed);
    expect(table.get(hash53('article-369999'))).toBe(369_999);
  });

  it('refuses what is not a 53-bit hash', () => {
    const table = new HashTable53();
    for (const bad of [-1, 0.5, 2 ** 53, Number.NaN]) expect(() => table.add(bad)).toThrow(RangeError);
  });
});
