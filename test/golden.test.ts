/**
 * Golden tests in pandoc's style: every samples/NAME.txt has its expected
 * output in every format under samples/NAME.expected/. `UPDATE_GOLDEN=1 npm test`
 * rewrites them; review the diff before committing.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runMain } from './helpers.js';

const FORMATS: Record<string, string> = {
  json: 'feed.json',
  ndjson: 'feed.ndjson',
  rss: 'feed.xml',
  atom: 'atom.xml',
  jsonfeed: 'jsonfeed.json',
  md: 'feed.md',
};
const samples = readdirSync(join(ROOT, 'samples')).filter((name) => name.endsWith('.txt'));
const update = process.env.UPDATE_GOLDEN === '1';

describe.each(samples)('%s', (sample) => {
  const expectedDir = join(ROOT, 'samples', sample.replace(/\.txt$/, '.expected'));

  it.each(Object.entries(FORMATS))('matches %s golden output', async (format, file) => {
    const result = await runMain([`samples/${sample}`, '-f', format]);
    expect(result.exitCode).toBe(0);
    const path = join(expectedDir, file);
    if (update) {
      mkdirSync(expectedDir, { recursive: true });
      writeFileSync(path, result.stdout);
    }
    expect(existsSync(path), `${path} is missing: run UPDATE_GOLDEN=1 npm test`).toBe(true);
    expect(result.stdout).toBe(readFileSync(path, 'utf8'));
  });
});
