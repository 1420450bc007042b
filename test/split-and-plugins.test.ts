/** `--split` Markdown files with front matter, user emitters (`--emitter`), and `feedconv schema`. */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ROOT, runBin, runMain } from './helpers.js';

const tricky = [
  'Breaking: "Quotes", colons: and --- dashes # with a hash',
  'Body of the first.',
  '',
  '',
  "---: it's a title that starts like front matter",
  'Body of the second.',
  '',
  '',
  "@handle *stars* & 'single' quotes — and a trailing colon:",
  'By Jane "JD" Doe',
  'Published: 2024-02-16',
  'A caption with: a colon. (Photo: "Agency" / Pool)',
  'Body of the third.',
].join('\n');

describe('md --split', () => {
  it('writes one file per article, named by slug, whose front matter keeps every title exactly', async () => {
    const root = mkdtempSync(join(tmpdir(), 'feedconv-split-'));
    writeFileSync(join(root, 'tricky.txt'), tricky);
    const result = await runMain([join(root, 'tricky.txt'), '-f', 'md', '--split', '--out-dir', join(root, 'out')]);
    expect(result).toMatchObject({ exitCode: 0, stdout: '' });
    // A folder per input, named after it, holds its articles.
    const dir = join(root, 'out', 'tricky');
    const files = readdirSync(dir).sort();
    expect(files).toEqual([
      'breaking-quotes-colons-and-dashes-with-a-hash.md',
      'handle-stars-and-single-quotes-and-a-trailing-colon.md',
      'its-a-title-that-starts-like-front-matter.md',
    ]);
    const titles = [
      'Breaking: "Quotes", colons: and --- dashes # with a hash',
      "@handle *stars* & 'single' quotes — and a trailing colon:",
      "---: it's a title that starts like front matter",
    ];
    files.forEach((file, i) => {
      const text = readFileSync(join(dir, file), 'utf8');
      // gray-matter (js-yaml, as Eleventy and many site tools use) and yaml (YAML 1.2) read the same data.
      const parsed = matter(text);
      expect(parsed.data.title).toBe(titles[i]);
      const yamlPart = text.split('\n---\n')[0]?.replace(/^---\n/, '') ?? '';
      expect(parseYaml(yamlPart).title).toBe(titles[i]);
    });
    const third = matter(readFileSync(join(dir, files[1] as string), 'utf8'));
    expect(third.data).toMatchObject({
      slug: 'handle-stars-and-single-quotes-and-a-trailing-colon',
      byline: 'Jane "JD" Doe',
      images: [{ caption: 'A caption with: a colon.', credit: 'Photo: "Agency" / Pool' }],
      source: { file: join(root, 'tricky.txt'), line: 9, endLine: 13 },
    });
    expect(new Date(third.data.date as string | Date).toISOString()).toBe('2024-02-16T00:00:00.000Z');
    expect(third.content).toBe('\n> A caption with: a colon. _(Photo: "Agency" / Pool)_\n\nBody of the third.\n');
  });

  it('needs --out-dir, and a format that can split', async () => {
    expect(await runMain(['-f', 'md', '--split'], { stdin: tricky })).toMatchObject({ exitCode: 2, stderr: /give it with --out-dir/ });
    expect(await runMain(['samples/wire-2025.txt', '-f', 'rss', '--split', '--out-dir', tmpdir()])).toMatchObject({ exitCode: 2, stderr: /can --split; md can/ });
  });
});

describe('--emitter', () => {
  it('loads the example CSV emitter through the real bin and lists it in formats', async () => {
    const result = await runBin(['samples/wire-2025.txt', '--emitter', './examples/csv-emitter.js', '-f', 'csv']);
    expect(result.exitCode, result.stderr).toBe(0);
    const rows = result.stdout.trimEnd().split('\r\n');
    expect(rows[0]).toBe('id,published,title,byline,url,wordCount,summary');
    expect(rows).toHaveLength(4);
    expect(rows[1]).toMatch(/^[0-9a-f-]{36},2025-03-03T09:15:00Z,Norway to expand Arctic patrols,Ingrid Hansen,,64,"OSLO, March 3/);
    const formats = await runBin(['formats', '--emitter', 'examples/csv-emitter.js']);
    expect(formats.stdout).toMatch(/^csv +\.csv +text\/csv .*\(loaded\)$/m);
  });

  it('quotes CSV fields and defuses formulas', async () => {
    const result = await runMain(['--emitter', join(ROOT, 'examples/csv-emitter.js'), '-f', 'csv'], { stdin: '=HYPERLINK("x"), a "title"\nBody, with a comma.' });
    expect(result.stdout.split('\r\n')[1]).toMatch(/,"'=HYPERLINK\(""x""\), a ""title""",,,4,"Body, with a comma."$/);
  });

  it('infers a loaded format from -o', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'feedconv-csv-'));
    await runMain(['samples/wire-2025.txt', '--emitter', 'examples/csv-emitter.js', '-o', join(dir, 'out.csv')]);
    expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toMatch(/^id,published,title/);
  });

  it('refuses a module that is not an emitter, or that takes a built-in name (exit 2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'feedconv-emitter-'));
    writeFileSync(join(dir, 'bad.mjs'), 'export default { name: "bad" };');
    writeFileSync(join(dir, 'clash.mjs'), 'export default { name: "rss", extension: ".xml", mediaType: "x", async *emit() {} };');
    expect(await runMain(['--emitter', join(dir, 'bad.mjs'), 'formats'])).toMatchObject({ exitCode: 2 });
    expect(await runMain(['formats', '--emitter', join(dir, 'bad.mjs')])).toMatchObject({
      exitCode: 2,
      stderr: /emitter '.*bad\.mjs' lacks extension \(such as '\.csv'\), mediaType, emit\(feed, items, options\)/,
    });
    expect(await runMain(['formats', '--emitter', join(dir, 'clash.mjs')])).toMatchObject({ exitCode: 2, stderr: /'rss', which a built-in format already uses/ });
    expect(await runMain(['formats', '--emitter', join(dir, 'missing.mjs')])).toMatchObject({ exitCode: 2, stderr: /cannot load emitter/ });
  });
});

describe('schema', () => {
  it('prints a JSON Schema generated from the model', async () => {
    const result = await runMain(['schema']);
    const schema = JSON.parse(result.stdout);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(['title', 'generator', 'items']);
    expect(Object.keys(schema.properties.items.items.properties)).toContain('dateSource');
  });
});
