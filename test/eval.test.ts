/** The extraction-quality targets over the labelled corpus (samples/*.truth.json); `npm run eval` prints the table. */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script, shared with `npm run eval`
import { TARGETS, evaluate, figures, misses } from '../scripts/eval.mjs';

interface Dump {
  name: string;
  truth: number;
}

describe('extraction quality', async () => {
  const { dumps, overall } = (await evaluate()) as { dumps: Dump[]; overall: Record<string, number> };

  it('covers a corpus of at least 12 labelled dumps', () => {
    expect(dumps.length).toBeGreaterThanOrEqual(12);
    for (const dump of dumps) expect(dump.truth, dump.name).toBeGreaterThan(0);
  });

  it('meets every target overall: boundaries and titles 1.00, other fields ≥ 0.97, nothing leaked or invented', () => {
    expect(misses(overall)).toEqual([]);
    expect(overall.boundaries).toBe(TARGETS.boundaries);
    expect(overall.title).toBe(TARGETS.title);
  });

  it.each(dumps.map((dump) => [dump.name, dump] as const))('%s: finds every article with its title, leaks and invents nothing', (_name, dump) => {
    const figure = figures([dump]) as Record<string, number>;
    expect(figure.boundaries).toBe(1);
    expect(figure.title).toBe(1);
    expect(figure.leaked).toBe(0);
    expect(figure.invented).toBe(0);
  });
});
