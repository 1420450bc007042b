/** Batch and CI behaviour, through the real bin: --out-dir, --jobs, --shard, filters, check, reports, config. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { makeProgress } from '../src/report.js';
import { ROOT, runBin, runMain } from './helpers.js';

/** Every file under `dir`, relative path → content. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (at: string): void => {
    for (const name of readdirSync(at).sort()) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(dir);
  return out;
}

/** The four samples these tests count on (the corpus in samples/ grows). */
const FOUR = ['aawsat-2024.txt', 'crlf-bom.txt', 'nasty.txt', 'wire-2025.txt'];

/** A folder of dumps: four samples, a copy in a subfolder, and `extra` files. */
function dumps(extra: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'feedconv-in-'));
  for (const name of FOUR) cpSync(join(ROOT, 'samples', name), join(dir, name));
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', 'more.txt'), readFileSync(join(ROOT, 'samples/wire-2025.txt')));
  for (const [name, content] of Object.entries(extra)) writeFileSync(join(dir, name), content);
  return dir;
}

const out = (): string => join(mkdtempSync(join(tmpdir(), 'feedconv-out-')), 'out');

describe('--out-dir', () => {
  it("says of each file, by name, that its Atom feed has undated articles: each file is a feed of its own", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'feedconv-in-'));
    writeFileSync(join(dir, 'dated.txt'), 'Council approves budget\nPublished: 3 March 2025\n\nThe council voted.\n');
    writeFileSync(join(dir, 'undated.txt'), 'Council approves budget\n\nThe council voted.\n\n\nMayor resigns\n\nThe mayor left.\n');
    const result = await runBin([dir, '-f', 'atom', '--out-dir', out()]);
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stderr).toBe(
      `${join(dir, 'undated.txt')}: warning: 2 articles have no date; in Atom they carry the feed's updated. Give --date (or SOURCE_DATE_EPOCH) to date them [atom-undated]\n`,
    );
  });

  it('writes one output per input and format, at the input path relative to the common folder, no temporaries', async () => {
    const input = dumps();
    const dir = out();
    const result = await runBin([input, '-f', 'rss,atom,json,md', '--out-dir', dir]);
    expect(result.exitCode, result.stderr).toBe(0);
    expect(Object.keys(tree(dir))).toEqual([
      'aawsat-2024.atom.xml',
      'aawsat-2024.json',
      'aawsat-2024.md',
      'aawsat-2024.rss.xml',
      'crlf-bom.atom.xml',
      'crlf-bom.json',
      'crlf-bom.md',
      'crlf-bom.rss.xml',
      'nasty.atom.xml',
      'nasty.json',
      'nasty.md',
      'nasty.rss.xml',
      'sub/more.atom.xml',
      'sub/more.json',
      'sub/more.md',
      'sub/more.rss.xml',
      'wire-2025.atom.xml',
      'wire-2025.json',
      'wire-2025.md',
      'wire-2025.rss.xml',
    ]);
    // The same bytes as converting each file on its own.
    for (const format of ['rss', 'atom'] as const) {
      const single = await runBin([join(input, 'wire-2025.txt'), '-f', format]);
      expect(tree(dir)[`wire-2025.${format}.xml`], format).toBe(single.stdout);
    }
  });

  it('gives byte-identical trees on a rerun and whatever --jobs is', async () => {
    const input = dumps();
    const [a, b, c] = [out(), out(), out()];
    const one = await runBin([input, '-f', 'rss,json', '--out-dir', a, '--jobs', '1', '--stats']);
    const two = await runBin([input, '-f', 'rss,json', '--out-dir', b, '--jobs', '2', '--stats']);
    await runBin([input, '-f', 'rss,json', '--out-dir', c, '--jobs', '2']);
    // Really on two worker threads (once, code splitting moved the worker out of reach and the batch quietly ran on one).
    expect(two.stderr).toMatch(/^threads\s+2$/m);
    expect(one.stderr).not.toMatch(/^threads/m);
    expect(Object.keys(tree(a))).toHaveLength(10);
    expect(tree(b)).toEqual(tree(a));
    expect(tree(c)).toEqual(tree(a));
  });

  it('shards 1/3, 2/3 and 3/3 together write exactly the full run', async () => {
    const input = dumps();
    const full = out();
    const sharded = out();
    await runBin([`${input}/**/*.txt`, '-f', 'rss,md', '--out-dir', full]);
    const written: string[][] = [];
    for (const shard of ['1/3', '2/3', '3/3']) {
      const before = Object.keys(statSafe(sharded) ? tree(sharded) : {});
      const result = await runBin([`${input}/**/*.txt`, '-f', 'rss,md', '--out-dir', sharded, '--shard', shard]);
      expect(result.exitCode, result.stderr).toBe(0);
      written.push(Object.keys(tree(sharded)).filter((path) => !before.includes(path)));
    }
    expect(tree(sharded)).toEqual(tree(full));
    // Each output is written by exactly one shard, and every shard has work.
    expect(written.flat().sort()).toEqual(Object.keys(tree(full)).sort());
    for (const files of written) expect(files.length).toBeGreaterThan(0);
  });

  it('converts the good files when one is binary: exit 1, a diagnostic naming it, no output for it', async () => {
    const input = dumps({ 'broken.txt': Buffer.from([0, 1, 2, 3, 0, 0, 0, 7, 8, 0]) });
    const dir = out();
    const result = await runBin([input, '-f', 'json', '--out-dir', dir]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(`${join(input, 'broken.txt')}: error: looks like a binary file`);
    expect(Object.keys(tree(dir))).toEqual(['aawsat-2024.json', 'crlf-bom.json', 'nasty.json', 'sub/more.json', 'wire-2025.json']);
  });

  it('reports a missing input and still converts the rest: exit 3', async () => {
    const input = dumps();
    const dir = out();
    const result = await runBin([join(input, 'wire-2025.txt'), join(input, 'gone.txt'), '-f', 'json', '--out-dir', dir]);
    expect(result.exitCode).toBe(3);
    expect(result.stderr).toContain(`${join(input, 'gone.txt')}: error: cannot read '${join(input, 'gone.txt')}': no such file or directory`);
    expect(Object.keys(tree(dir))).toEqual(['wire-2025.json']);
  });

  it('refuses standard input, an output onto an input, and two inputs writing one output (exit 2)', async () => {
    expect((await runMain(['-', '--out-dir', out()], { stdin: 'x' })).exitCode).toBe(2);
    const input = dumps({ 'wire-2025.text': 'Another\nbody.' });
    const clash = await runBin([join(input, 'wire-2025.txt'), join(input, 'wire-2025.text'), '--out-dir', out()]);
    expect(clash).toMatchObject({ exitCode: 2, stderr: /would both write/ });
    const emitter = join(input, 'txt-emitter.mjs');
    writeFileSync(emitter, 'export default { name: "plain", extension: ".txt", mediaType: "text/plain", async *emit() { yield "x"; } };');
    const onto = await runBin([join(input, 'wire-2025.txt'), '--emitter', emitter, '-f', 'plain', '--out-dir', input]);
    expect(onto).toMatchObject({ exitCode: 2, stderr: /is also an input/ });
    // The same folder reached through a symlink is the same folder.
    const alias = join(mkdtempSync(join(tmpdir(), 'feedconv-alias-')), 'alias');
    symlinkSync(input, alias);
    const throughLink = await runBin([join(input, 'wire-2025.txt'), '--emitter', emitter, '-f', 'plain', '--out-dir', alias]);
    expect(throughLink).toMatchObject({ exitCode: 2, stderr: /is also an input/ });
    expect(readFileSync(join(input, 'wire-2025.txt'), 'utf8')).toBe(readFileSync(join(ROOT, 'samples/wire-2025.txt'), 'utf8'));
  });

  it('several formats without --out-dir is a usage error', async () => {
    expect(await runMain(['samples/wire-2025.txt', '-f', 'rss,json'])).toMatchObject({ exitCode: 2, stderr: /need --out-dir/ });
  });
});

function statSafe(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

describe('feed filters', () => {
  const ndjson = (stdout: string) => stdout.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as { title: string; published?: string });

  it('--sort date puts the newest first, undated last', async () => {
    const result = await runBin([...FOUR.map((name) => `samples/${name}`), '-f', 'ndjson', '--sort', 'date']);
    const dates = ndjson(result.stdout).map((a) => a.published ?? null);
    expect(dates).toEqual(['2025-03-05T18:40:00-05:00', '2025-03-03T09:15:00Z', '2025-01-12', '2025-01-02', '2024-09-23', '2024-02-16', null, null, null]);
  });

  it('--since and --limit leave articles out and count them', async () => {
    const result = await runBin([...FOUR.map((name) => `samples/${name}`), '-f', 'ndjson', '--since', '2025-01-01', '--limit', '2', '--stats', '--no-color']);
    expect(ndjson(result.stdout).map((a) => a.published)).toEqual(['2025-01-12', '2025-01-02']);
    expect(result.stderr).toMatch(/left out +before-since 5, over-limit 2/);
  });

  it('--dedupe drops a story repeated across inputs', async () => {
    const input = dumps();
    const result = await runBin([join(input, 'wire-2025.txt'), join(input, 'sub/more.txt'), '-f', 'ndjson', '--dedupe', '--stats', '--no-color']);
    expect(ndjson(result.stdout)).toHaveLength(3);
    expect(result.stderr).toMatch(/left out +duplicate-story 3/);
  });
});

describe('check, reports and annotations', () => {
  it('check writes nothing, prints a summary, exits 0, or 1 with --strict on warnings', async () => {
    const clean = await runBin(['check', 'samples/wire-2025.txt', 'samples/aawsat-2024.txt']);
    expect(clean).toEqual({ exitCode: 0, stdout: '', stderr: 'checked 2 files, 5 articles: 0 errors, 0 warnings\n' });
    const warned = await runBin(['check', ...FOUR.map((name) => `samples/${name}`), '--strict']);
    expect(warned.exitCode).toBe(1);
    expect(warned.stderr).toMatch(/samples\/nasty\.txt:8: warning: invalid UTF-8/);
    expect(warned.stderr).toMatch(/checked 4 files, 9 articles: 0 errors, 1 warning\n$/);
  });

  it('--report json prints diagnostics and per-file counts; conversion then needs -o or --out-dir', async () => {
    const input = dumps({ 'broken.txt': Buffer.from([0, 0, 0, 0, 1, 2]) });
    const result = await runBin([input, '--out-dir', out(), '--report', 'json']);
    const report = JSON.parse(result.stdout);
    expect(report.exitCode).toBe(1);
    expect(report.totals).toMatchObject({ files: 6, articles: 12, errors: 1, warnings: 1 });
    expect(report.files.map((f: { file: string }) => relative(input, f.file))).toEqual([
      'aawsat-2024.txt',
      'broken.txt',
      'crlf-bom.txt',
      'nasty.txt',
      'sub/more.txt',
      'wire-2025.txt',
    ]);
    expect(report.diagnostics).toEqual([
      { file: join(input, 'broken.txt'), severity: 'error', rule: 'unreadable', message: expect.stringMatching(/binary/) },
      { file: join(input, 'nasty.txt'), line: 8, severity: 'warning', rule: 'encoding', message: 'invalid UTF-8 bytes replaced with U+FFFD' },
    ]);
    expect(await runMain(['samples/wire-2025.txt', '--report', 'json'])).toMatchObject({ exitCode: 2, stderr: /-o or --out-dir/ });
    const checked = JSON.parse((await runBin(['check', 'samples/wire-2025.txt', '--report', 'json'])).stdout);
    expect(checked.totals).toMatchObject({ files: 1, articles: 3, errors: 0 });
  });

  it('prints GitHub workflow annotations only with GITHUB_ACTIONS=true', async () => {
    const withActions = await runBin(['check', 'samples/nasty.txt'], { env: { GITHUB_ACTIONS: 'true' } });
    expect(withActions.stderr).toContain('::warning file=samples/nasty.txt,line=8,title=feedconv encoding::invalid UTF-8 bytes replaced with U+FFFD\n');
    const without = await runBin(['check', 'samples/nasty.txt']);
    expect(without.stderr).not.toContain('::');
  });

  it('shows no progress bar when standard error is not a TTY', async () => {
    const input = dumps();
    const result = await runBin([input, '-f', 'json', '--out-dir', out()]);
    expect(result.stderr).not.toMatch(/\r|\x1b\[/);
  });

  it('draws a progress bar on a TTY for a batch of several files', () => {
    const written: string[] = [];
    const tty = Object.assign(new Writable({ write: (c: Buffer, _e: string, done: () => void) => (written.push(c.toString()), done()) }), { isTTY: true, columns: 80, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
    const progress = makeProgress(() => tty, false);
    for (let i = 1; i <= 5; i++) progress.update(i, 5);
    progress.stop();
    expect(written.join('')).toMatch(/feedconv \[.*\] \d\/5 files/);
    const small: string[] = [];
    let asked = 0;
    const stream = Object.assign(tty, { write: (c: string) => small.push(c) });
    makeProgress(() => (asked++, stream), false).update(1, 2);
    expect(small).toEqual([]);
    // Under four files no bar is drawn, and standard error is not even asked for.
    expect(asked).toBe(0);
  });
});

describe('config file', () => {
  it('is read from the working folder, flags win, and unknown keys or wrong types exit 2 naming the key', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'feedconv-config-'));
    writeFileSync(join(dir, 'dump.txt'), readFileSync(join(ROOT, 'samples/wire-2025.txt')));
    writeFileSync(
      join(dir, 'feedconv.config.json'),
      JSON.stringify({ $schema: './feedconv.schema.json', format: 'ndjson', baseUrl: 'https://example.com/n/', boilerplate: ['^Bond yields'] }),
    );
    const result = await runBin(['dump.txt', '--stats', '--no-color'], { cwd: dir });
    const items = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as { url: string; paragraphs: string[] });
    expect(items[0]?.url).toBe('https://example.com/n/norway-to-expand-arctic-patrols');
    expect(items[2]?.paragraphs).not.toContain('Bond yields edged lower.');
    expect(result.stderr).toMatch(/custom 1/);
    const flagsWin = await runBin(['dump.txt', '-f', 'rss'], { cwd: dir });
    expect(flagsWin.stdout).toMatch(/^<\?xml/);

    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ formt: 'rss' }));
    expect(await runBin(['dump.txt', '--config', 'bad.json'], { cwd: dir })).toMatchObject({ exitCode: 2, stderr: /bad\.json: unknown key 'formt'/ });
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ limit: 'three' }));
    expect(await runBin(['dump.txt', '--config', 'bad.json'], { cwd: dir })).toMatchObject({ exitCode: 2, stderr: /bad\.json: 'limit' must be number \(the --limit option\)/ });
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ separators: ['(unclosed'] }));
    expect(await runBin(['dump.txt', '--config', 'bad.json'], { cwd: dir })).toMatchObject({ exitCode: 2, stderr: /'separators\.0' is invalid: not a valid regular expression/ });
    expect(await runBin(['dump.txt', '--config', 'none.json'], { cwd: dir })).toMatchObject({ exitCode: 3, stderr: /cannot read config 'none\.json'/ });
  });

  it('schema --config prints the JSON Schema of the config file', async () => {
    const schema = JSON.parse((await runMain(['schema', '--config'])).stdout);
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['$schema', 'format', 'outDir', 'baseUrl', 'boilerplate', 'separators', 'shard', 'jobs']));
  });
});

describe('a batch that fails unexpectedly', () => {
  it('starts no file after the failure, leaves no temporary file, and exits 70 naming it', async () => {
    const input = mkdtempSync(join(tmpdir(), 'feedconv-in-'));
    for (let i = 0; i < 12; i++) writeFileSync(join(input, `d${String(i).padStart(2, '0')}.txt`), `Story ${i}\n\nA paragraph about story ${i}.\n`);
    // A format of one's own that breaks on the third article its thread writes.
    const emitter = join(mkdtempSync(join(tmpdir(), 'feedconv-emitter-')), 'breaks.mjs');
    writeFileSync(emitter, 'let n = 0; export default { name: "breaks", extension: ".txt", mediaType: "text/plain", async *emit(feed, items) { for await (const a of items) { if (++n === 3) throw new Error("broke on purpose"); yield a.title; } } };');
    for (const jobs of ['1', '2']) {
      const dir = out();
      const run = await runBin([input, '--emitter', emitter, '-f', 'breaks', '--out-dir', dir, '--jobs', jobs, '--language', 'en']);
      expect(run).toMatchObject({ exitCode: 70, stderr: /internal error: broke on purpose/ });
      const written = Object.keys(tree(dir));
      // Each thread had at most a few files under way when its third broke; none was started after.
      expect(written.length).toBeLessThan(8);
      expect(written.filter((name) => name.includes('.tmp'))).toEqual([]);
    }
  });
});
