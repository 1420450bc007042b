/** Atom in one pass: the feed date is filled in after the entries (src/deferred.ts). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fillMarkers } from '../src/deferred.js';
import { ROOT, runMain } from './helpers.js';

async function collect(chunks: string[], marker: string, fill: string): Promise<string> {
  async function* source(): AsyncGenerator<string> {
    yield* chunks;
  }
  let out = '';
  for await (const text of fillMarkers(source(), marker, fill)) out += text;
  return out;
}

describe('fillMarkers', () => {
  it('replaces every marker, wherever the chunks are cut', async () => {
    const marker = '<updated feedconv="deferred"/>';
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fc.constant(marker), fc.string({ maxLength: 12 })), { maxLength: 12 }), fc.array(fc.nat(), { maxLength: 6 }), async (parts, cuts) => {
        const whole = parts.join('');
        const at = [...new Set(cuts.map((c) => c % (whole.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...at].map((start, i, all) => whole.slice(start, all[i + 1] ?? whole.length));
        expect(await collect(chunks, marker, 'DATE')).toBe(whole.replaceAll(marker, 'DATE'));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('Atom in one pass', () => {
  it('dates the feed and its undated entries with the newest article date, from standard input too', async () => {
    const dump = 'First story\nPublished: 2 March 2025\n\nBody one.\n\n\n\nSecond story\nPublished: 9 March 2025\n\nBody two.\n\n\n\nThird story\n\nBody three, undated.\n';
    const result = await runMain(['-', '-f', 'atom', '-q'], { stdin: dump });
    expect(result.stdout.match(/<updated>[^<]*<\/updated>/g)).toEqual([
      '<updated>2025-03-09T00:00:00Z</updated>',
      '<updated>2025-03-02T00:00:00Z</updated>',
      '<updated>2025-03-09T00:00:00Z</updated>',
      '<updated>2025-03-09T00:00:00Z</updated>',
    ]);
    expect(result.stdout).not.toContain('feedconv="deferred"');
  });

  it('an article that quotes the marker keeps its text', async () => {
    const result = await runMain(['-', '-f', 'atom', '-q'], { stdin: 'A headline about <updated feedconv="deferred"/>\nPublished: 2 March 2025\n\nIt says <updated feedconv="deferred"/> in the body.\n' });
    expect(result.stdout).toContain('&lt;updated feedconv="deferred"/&gt; in the body.');
    expect(result.stdout.match(/<updated>2025-03-02T00:00:00Z<\/updated>/g)).toHaveLength(2);
  });

  it('a loaded emitter that needs the date first, and cannot take it after, still gets a first pass', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'feedconv-deferred-'));
    const module = join(dir, 'dated.mjs');
    writeFileSync(
      module,
      'export default { name: "dated", extension: ".txt", mediaType: "text/plain", description: "date first", needsUpdated: true,\n' +
        '  async *emit(feed, items) { yield `updated ${feed.updated}\\n`; for await (const a of items) yield `${a.title}\\n`; } };\n',
    );
    const result = await runMain([join(ROOT, 'samples', 'aawsat-2024.txt'), '--emitter', module, '-f', 'dated', '-q']);
    expect(result.stdout.split('\n')[0]).toBe('updated 2024-09-23');
  });
});
