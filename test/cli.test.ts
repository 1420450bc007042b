/**
 * CLI tests: a table of cases run in-process through `main`, and the same
 * table (plus pipes and files) through the real bin as a subprocess.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, type RunResult, runBin, runMain } from './helpers.js';

const SAMPLE = 'samples/aawsat-2024.txt';
const sampleText = readFileSync(join(ROOT, SAMPLE), 'utf8');
const golden = (file: string) => readFileSync(join(ROOT, 'samples/aawsat-2024.expected', file), 'utf8');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

interface Case {
  name: string;
  args: string[];
  stdin?: string | Buffer;
  env?: Record<string, string>;
  exitCode: number;
  stdout?: string | RegExp;
  stderr?: string | RegExp;
}

const cases: Case[] = [
  { name: 'a file to JSON on stdout', args: [SAMPLE], exitCode: 0, stdout: golden('feed.json'), stderr: '' },
  { name: 'stdin with no argument', args: ['-f', 'ndjson'], stdin: sampleText, exitCode: 0, stdout: golden('feed.ndjson').replaceAll(`"file":"${SAMPLE}"`, '"file":"-"') },
  { name: 'stdin as -', args: ['-', '-f', 'md', '--title', 'aawsat-2024'], stdin: sampleText, exitCode: 0, stdout: golden('feed.md') },
  { name: 'rss format', args: [SAMPLE, '-f', 'rss'], exitCode: 0, stdout: golden('feed.xml') },
  { name: 'unknown format', args: [SAMPLE, '-f', 'docx'], exitCode: 2, stdout: '', stderr: /unknown format 'docx'; choose one of: json, ndjson, rss, atom, jsonfeed, md/ },
  { name: 'unknown flag', args: ['--frobnicate'], exitCode: 2, stdout: '', stderr: /unknown option '--frobnicate'/ },
  { name: 'bad base URL', args: [SAMPLE, '--base-url', 'not a url'], exitCode: 2, stdout: '', stderr: /invalid --base-url/ },
  { name: 'missing file', args: ['no/such/dump.txt'], exitCode: 3, stdout: '', stderr: /^feedconv: cannot read 'no\/such\/dump\.txt': no such file or directory\n$/ },
  { name: 'a folder with no *.txt', args: ['test'], exitCode: 3, stderr: /cannot read 'test': no \*\.txt files in this folder/ },
  { name: 'a pattern that matches nothing', args: ['samples/*.nothing'], exitCode: 3, stderr: /no file matches this pattern/ },
  {
    name: 'binary stdin refused, exit 1',
    args: [],
    stdin: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
    exitCode: 1,
    stdout: /"items": \[\]/,
    stderr: /^-: error: looks like a binary file/m,
  },
  {
    name: 'invalid UTF-8 warns with file:line, still exit 0',
    args: ['-f', 'ndjson'],
    stdin: Buffer.concat([Buffer.from('Title\nbody '), Buffer.from([0xff]), Buffer.from(' text.\n')]),
    exitCode: 0,
    stdout: /"paragraphs":\["body \uFFFD text\."\]/,
    stderr: /^-:2: warning: invalid UTF-8 bytes replaced with U\+FFFD \[encoding\]$/m,
  },
  {
    name: 'Windows-1252 text is read as such, with a warning',
    args: ['-f', 'ndjson'],
    stdin: Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' news\n\nIt'), Buffer.from([0x92]), Buffer.from('s open.\n')]),
    exitCode: 0,
    stdout: /"title":"Café news".*"paragraphs":\["It’s open\."\]/,
    stderr: /^-:1: warning: not UTF-8: read as Windows-1252/m,
  },
  { name: '--strict turns warnings into exit 1', args: ['--strict', '-f', 'ndjson'], stdin: Buffer.from([0x54, 0x0a, 0x62, 0xff, 0x0a]), exitCode: 1, stderr: /invalid UTF-8/ },
  { name: '--quiet hides warnings', args: ['--quiet', '-f', 'ndjson'], stdin: Buffer.from([0x54, 0x0a, 0x62, 0xff, 0x0a]), exitCode: 0, stderr: '' },
  { name: 'empty input warns, exit 0', args: [], stdin: '', exitCode: 0, stdout: /"items": \[\]/, stderr: /^-: warning: no articles found/ },
  { name: '--version', args: ['--version'], exitCode: 0, stdout: `${pkg.version}\n` },
  { name: '--help shows examples and exit codes', args: ['--help'], exitCode: 0, stdout: /Examples:[\s\S]*feedconv dump\.txt -f md -o digest\.md[\s\S]*Exit codes: 0 done/ },
  { name: 'formats lists every emitter', args: ['formats'], exitCode: 0, stdout: /^json +\.json[\s\S]*^ndjson[\s\S]*^rss +\.xml[\s\S]*^atom +\.xml[\s\S]*^jsonfeed +\.json[\s\S]*^md +\.md/m },
  {
    name: 'SOURCE_DATE_EPOCH sets updated',
    args: [SAMPLE],
    env: { SOURCE_DATE_EPOCH: '1700000000' },
    exitCode: 0,
    stdout: /"updated": "2023-11-14T22:13:20Z"/,
  },
  { name: 'bad SOURCE_DATE_EPOCH', args: [SAMPLE], env: { SOURCE_DATE_EPOCH: 'yesterday' }, exitCode: 2, stderr: /SOURCE_DATE_EPOCH must be a whole number/ },
  {
    name: '--stats on stderr, stdout untouched',
    args: [SAMPLE, '--stats', '--no-color'],
    exitCode: 0,
    stdout: golden('feed.json'),
    stderr: /articles +2\nlines +62\ndropped +10 \(caption-repeat 6, logo 2, title-repeat 2\)\nbytes in +5741\nbytes out +\d+\ntime +\d+ ms/,
  },
  {
    name: 'feed metadata flags',
    args: [SAMPLE, '-f', 'rss', '--title', 'Asharq Al-Awsat', '--link', 'https://english.aawsat.com/', '--description', 'News', '--language', 'en', '--base-url', 'https://english.aawsat.com/news'],
    exitCode: 0,
    stdout: /<title>Asharq Al-Awsat<\/title>\n {4}<link>https:\/\/english\.aawsat\.com\/<\/link>\n {4}<description>News<\/description>\n {4}<language>en<\/language>[\s\S]*<link>https:\/\/english\.aawsat\.com\/news\/uks-starmer/,
  },
  {
    // An article's own address (a scraper's URL: line) wins over --base-url; the others get base + slug.
    name: 'URL: lines and --base-url',
    args: ['-', '-f', 'rss', '--base-url', 'https://example.com/news/', '--language', 'en'],
    stdin: 'Title: Own address\nURL: https://example.org/a?id=1&x=2\n\nBody one.\n\nTitle: No address\n\nBody two.\n',
    exitCode: 0,
    stdout: /<title>Own address<\/title>\n {6}<link>https:\/\/example\.org\/a\?id=1&amp;x=2<\/link>[\s\S]*<title>No address<\/title>\n {6}<link>https:\/\/example\.com\/news\/no-address<\/link>/,
  },
];

function check(result: RunResult, c: Case): void {
  expect(result.exitCode, result.stderr).toBe(c.exitCode);
  for (const [stream, want] of [['stdout', c.stdout], ['stderr', c.stderr]] as const) {
    if (want === undefined) continue;
    if (typeof want === 'string') expect(result[stream], stream).toBe(want);
    else expect(result[stream], stream).toMatch(want);
  }
  expect(result.stderr).not.toMatch(/^\s+at /m); // never a stack trace
}

describe('cli in-process', () => {
  it.each(cases)('$name', async (c) => {
    check(await runMain(c.args, { ...(c.stdin !== undefined && { stdin: c.stdin }), ...(c.env && { env: c.env }) }), c);
  });
});

describe('cli through the real bin', () => {
  it.each(cases)('$name', async (c) => {
    check(await runBin(c.args, { ...(c.stdin !== undefined && { stdin: c.stdin }), ...(c.env && { env: c.env }) }), c);
  });

  it('gives byte-identical output on a rerun', async () => {
    const first = await runBin([SAMPLE, '-f', 'rss']);
    const second = await runBin([SAMPLE, '-f', 'rss']);
    expect(second.stdout).toBe(first.stdout);
    expect(first.stdout.length).toBeGreaterThan(1000);
  });

  it('-o writes the file atomically, nothing on stdout, no temporary left', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'feedconv-'));
    const out = join(dir, 'digest.md');
    writeFileSync(out, 'old content');
    const result = await runBin([SAMPLE, '-f', 'md', '-o', out]);
    expect(result).toEqual({ exitCode: 0, stdout: '', stderr: '' });
    expect(readFileSync(out, 'utf8')).toBe(golden('feed.md'));
    expect(readdirSync(dir)).toEqual(['digest.md']);
  });

  it('-o infers the format from the extension', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'feedconv-'));
    await runBin([SAMPLE, '-o', join(dir, 'feed.xml')]);
    expect(readFileSync(join(dir, 'feed.xml'), 'utf8')).toBe(golden('feed.xml'));
  });

  it('-o leaves the old file and no temporary when an input is missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'feedconv-'));
    const out = join(dir, 'feed.json');
    writeFileSync(out, 'old content');
    const result = await runBin([SAMPLE, 'missing.txt', '-o', out]);
    expect(result.exitCode).toBe(3);
    expect(readFileSync(out, 'utf8')).toBe('old content');
    expect(readdirSync(dir)).toEqual(['feed.json']);
  });

  it('refuses to write onto an input (exit 2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'feedconv-'));
    const input = join(dir, 'dump.txt');
    writeFileSync(input, sampleText);
    const result = await runBin([input, '-o', input]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/is also an input/);
    expect(readFileSync(input, 'utf8')).toBe(sampleText);
    // Through a symlinked folder it is the same file, and refused the same way.
    const alias = join(mkdtempSync(join(tmpdir(), 'feedconv-alias-')), 'alias');
    symlinkSync(dir, alias);
    expect(await runBin([input, '-o', join(alias, 'dump.txt')])).toMatchObject({ exitCode: 2, stderr: /is also an input/ });
    // A symlink named as the output is replaced, as the atomic rename does; what it pointed to, the input, is kept.
    const link = join(dir, 'feed.xml');
    symlinkSync(input, link);
    expect((await runBin([input, '-f', 'rss', '-o', link])).exitCode).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(false);
    expect(readFileSync(link, 'utf8')).toMatch(/^<\?xml/);
    expect(readFileSync(input, 'utf8')).toBe(sampleText);
  });

  it('merges several inputs into one feed, sorted by path, slugs unique, the same story the same id', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'feedconv-'));
    writeFileSync(join(dir, 'b.txt'), sampleText);
    writeFileSync(join(dir, 'a.txt'), sampleText);
    const result = await runBin([join(dir, 'b.txt'), join(dir, 'a.txt'), join(dir, 'a.txt'), '-f', 'ndjson']);
    const items = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as { slug: string; id: string; source: { file: string } });
    expect(items.map((i) => i.slug)).toEqual([
      'withdrawal-or-partnership-differences-between-washington-baghdad-over-future-of',
      'uks-starmer-discussed-importance-of-a-ceasefire-with-lebanons-pm',
      'withdrawal-or-partnership-differences-between-washington-baghdad-over-future-of-2',
      'uks-starmer-discussed-importance-of-a-ceasefire-with-lebanons-pm-2',
    ]);
    expect(items.map((i) => i.source.file)).toEqual([join(dir, 'a.txt'), join(dir, 'a.txt'), join(dir, 'b.txt'), join(dir, 'b.txt')]);
    expect(items[0]?.id).toBe(items[2]?.id);
  });

  it('reads a folder (every *.txt below it) and a quoted pattern alike', async () => {
    const folder = await runBin(['samples', '-f', 'ndjson']);
    const pattern = await runBin(['samples/*.txt', '-f', 'ndjson']);
    expect(folder.stdout).toBe(pattern.stdout);
    const files = new Set(folder.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { source: { file: string } }).source.file));
    expect([...files]).toEqual(readdirSync(join(ROOT, 'samples')).filter((name) => name.endsWith('.txt')).sort().map((name) => `samples/${name}`));
  });

  it('keeps converting the other files when one is binary, and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'feedconv-'));
    const binary = join(dir, 'image.bin');
    writeFileSync(binary, Buffer.from([0, 1, 2, 3, 0, 0, 0, 9, 8, 7]));
    const result = await runBin([binary, SAMPLE, '-f', 'ndjson']);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(`${binary}: error: looks like a binary file`);
    expect(result.stdout.trim().split('\n')).toHaveLength(2);
  });

  it('ends only once a slow reader has had all of its standard output', async () => {
    // 2,000 files: the JSON report (~250 KB) is more than a pipe holds, so the run is done with part of it still
    // queued, and the bin must not end the process then (it ends at once only with nothing left to write).
    const dir = mkdtempSync(join(tmpdir(), 'feedconv-slow-reader-'));
    try {
      for (let i = 0; i < 2000; i++) writeFileSync(join(dir, `dump-${i}.txt`), `Story ${i} has a headline\n\nIts body, long enough to be a paragraph of a story.\n`);
      const child = spawn(process.execPath, [BIN, 'check', dir, '--report', 'json'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.pause();
      // The summary on standard error comes just before the report is written: then the reader waits a while.
      await new Promise<void>((resolve) => child.stderr.on('data', (chunk: Buffer) => chunk.toString('utf8').includes('checked 2000 files') && resolve()));
      await new Promise((resolve) => setTimeout(resolve, 500));
      const chunks: Buffer[] = [];
      child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
      child.stdout.resume();
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      const report = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { files: unknown[] };
      expect(code).toBe(0);
      expect(report.files).toHaveLength(2000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('streams: the first article comes out before the input has ended', async () => {
    const child = spawn(process.execPath, [BIN, '-f', 'ndjson'], { cwd: ROOT });
    const firstLine = new Promise<string>((resolve) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString('utf8');
        if (out.includes('\n')) resolve(out);
      });
    });
    // Note: the first articles are held until 32 have come (or the input ends): that is the window in
    // which lines recurring across articles are judged. Past it, articles flow out as they are read.
    const articles = Array.from({ length: 40 }, (_, i) => `Story number ${i + 1}\n\nIts body, number ${i + 1}.\n\n\n`).join('');
    child.stdin.write(`${articles}Last story\n${'More body.\n'.repeat(20)}`);
    const first = await Promise.race([firstLine, new Promise<string>((resolve) => setTimeout(() => resolve('timeout'), 4_000))]);
    child.stdin.end('Last line.\n');
    await new Promise((resolve) => child.on('close', resolve));
    expect(JSON.parse(first.split('\n')[0] as string)).toMatchObject({ title: 'Story number 1', paragraphs: ['Its body, number 1.'] });
  });

  it('decodes the HTML entities a scraper left in a dump, and RSS escapes the text once', async () => {
    const run = await runBin(['-f', 'rss'], { stdin: 'Oil rises as OPEC&#8217;s cuts bite\n\nOil &amp; gas stocks rose on Thursday, AT&T fell.\n' });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('<title>Oil rises as OPEC’s cuts bite</title>');
    expect(run.stdout).toContain('<description>Oil &amp; gas stocks rose on Thursday, AT&amp;T fell.</description>');
    // The HTML of content:encoded holds `&amp;` once, itself escaped in the XML.
    expect(run.stdout).toContain('<content:encoded>&lt;p&gt;Oil &amp;amp; gas stocks');
    expect(run.stdout).not.toContain('&amp;amp;amp;');
  });

  it('atom: the feed updated is the newest item date, found in a first pass, also from stdin', async () => {
    const fromFile = await runBin(['samples/wire-2025.txt', '-f', 'atom']);
    const fromStdin = await runBin(['-f', 'atom', '--title', 'wire-2025'], { stdin: readFileSync(join(ROOT, 'samples/wire-2025.txt')) });
    expect(fromFile.stdout).toMatch(/^ {2}<updated>2025-03-05T18:40:00-05:00<\/updated>$/m);
    expect(fromStdin.stdout).toBe(fromFile.stdout.replaceAll('samples/wire-2025.txt', '-'));
    // The one undated article carries the feed's date in Atom, and feedconv says how to give it its own.
    expect(fromStdin.stderr).toBe("-: warning: 1 article has no date; in Atom it carries the feed's updated. Give --date (or SOURCE_DATE_EPOCH) to date them [atom-undated]\n");
    expect((await runBin(['samples/wire-2025.txt', '-f', 'atom', '--date', '2025-03-06'])).stderr).toBe('');
    const pinned = await runBin(['samples/wire-2025.txt', '-f', 'atom'], { env: { SOURCE_DATE_EPOCH: '1741219200' } });
    expect(pinned.stdout).toMatch(/^ {2}<updated>2025-03-06T00:00:00Z<\/updated>$/m);
  });

  it('--date dates the articles that state no date', async () => {
    const result = await runBin(['samples/wire-2025.txt', '-f', 'ndjson', '--date', '2025-03-06']);
    const items = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as { published: string; dateSource: string });
    expect(items.map((i) => [i.published, i.dateSource])).toEqual([
      ['2025-03-03T09:15:00Z', 'line'],
      ['2025-03-05T18:40:00-05:00', 'line'],
      ['2025-03-06', 'option'],
    ]);
    expect((await runBin(['samples/wire-2025.txt', '--date', 'soon'])).exitCode).toBe(2);
  });

  it('ends quietly when the reader closes the pipe early', () => {
    const big = join(mkdtempSync(join(tmpdir(), 'feedconv-')), 'big.txt');
    writeFileSync(big, Array.from({ length: 400 }, (_, i) => `${sampleText.replaceAll('Withdrawal', `Story ${i}`).replaceAll("UK's", `Item ${i}`)}\n\n\n`).join(''));
    const run = spawnSync('bash', ['-c', `node "${BIN}" "${big}" -f ndjson | head -1 >/dev/null; echo "exit=\${PIPESTATUS[0]}" >&2`], { encoding: 'utf8' });
    expect(run.stderr).toBe('exit=0\n');
  });
});

describe('the core\'s code cache', () => {
  /** A copy of the built package in a temporary folder, its core changed by `edit`, run on the sample. */
  const runCopy = (edit: (dir: string) => void): { stdout: string; stderr: string; status: number | null } => {
    const dir = mkdtempSync(join(tmpdir(), 'feedconv-cache-'));
    cpSync(join(ROOT, 'dist'), join(dir, 'dist'), { recursive: true });
    cpSync(join(ROOT, 'bin'), join(dir, 'bin'), { recursive: true });
    cpSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    edit(dir);
    return spawnSync(process.execPath, [join(dir, 'bin', 'feedconv.js'), join(ROOT, SAMPLE), '-f', 'rss'], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', NODE_DEBUG: 'feedconv' },
    });
  };

  it('starts the built core from the cache the build wrote', async () => {
    const run = await runBin([SAMPLE, '-f', 'rss'], { env: { NODE_DEBUG: 'feedconv' } });
    expect(run.stderr).toMatch(/core: started from the code cache/);
    expect(run.stdout).toBe(golden('feed.xml'));
  });

  // Each bundle with a text of its own to edit. Note: an edit that keeps the source's length, which is all V8 checks
  // of a cache's source; the other bundle still starts from its cache.
  for (const [bundle, other, text] of [
    ['core', 'cli', 'cannot read'],
    ['cli', 'core', 'print the JSON Schema'],
  ] as const) {
    it(`compiles the ${bundle} afresh when its cache is missing or was written for another build of it`, () => {
      expect(runCopy(() => undefined).stderr).toMatch(new RegExp(`${bundle}: started from the code cache`));
      const missing = runCopy((dir) => rmSync(join(dir, 'dist', `${bundle}.cjs.cache`)));
      expect([missing.status, missing.stdout]).toEqual([0, golden('feed.xml')]);
      expect(missing.stderr).toMatch(new RegExp(`${bundle}: no code cache`));
      const edited = runCopy((dir) => {
        const file = join(dir, 'dist', `${bundle}.cjs`);
        const source = readFileSync(file, 'utf8');
        expect(source).toContain(text);
        writeFileSync(file, source.replace(text, text.charAt(0).toUpperCase() + text.slice(1)));
      });
      expect([edited.status, edited.stdout]).toEqual([0, golden('feed.xml')]);
      expect(edited.stderr).toMatch(new RegExp(`${bundle}: no code cache`));
      expect(edited.stderr).toMatch(new RegExp(`${other}: started from the code cache`));
    });
  }

  it('compares the whole copy of the source the cache holds: an edit near the end, a cache cut short', () => {
    // The copy is compared a piece at a time: an edit in the core's last piece must be found too.
    const editedLate = runCopy((dir) => {
      const file = join(dir, 'dist', 'core.cjs');
      const source = readFileSync(file, 'utf8');
      const at = source.lastIndexOf('cannot read');
      expect(at).toBeGreaterThan(source.length - 64 * 1024);
      writeFileSync(file, `${source.slice(0, at)}Cannot read${source.slice(at + 'cannot read'.length)}`);
    });
    expect([editedLate.status, editedLate.stdout]).toEqual([0, golden('feed.xml')]);
    expect(editedLate.stderr).toMatch(/core: no code cache/);
    const cut = runCopy((dir) => {
      const file = join(dir, 'dist', 'core.cjs.cache');
      writeFileSync(file, readFileSync(file).subarray(0, 100_000));
    });
    expect([cut.status, cut.stdout]).toEqual([0, golden('feed.xml')]);
    expect(cut.stderr).toMatch(/core: no code cache/);
  });
});

describe("a long run's heap", () => {
  /** The bin run with NODE_DEBUG=feedconv on a named pipe that gives the sample, then stays open `seconds` more. */
  const throughPipe = async (args: (fifo: string, dir: string) => string[], seconds: number): Promise<RunResult & { dir: string }> => {
    const dir = mkdtempSync(join(tmpdir(), 'feedconv-heap-'));
    // Named as the sample, for the feed's title.
    const fifo = join(dir, 'aawsat-2024.txt');
    spawnSync('mkfifo', [fifo]);
    const writer = spawn('sh', ['-c', 'exec > "$0"; cat "$1"; sleep "$2"', fifo, join(ROOT, SAMPLE), String(seconds)]);
    const run = await runBin(args(fifo, dir), { env: { NODE_DEBUG: 'feedconv' } });
    writer.kill();
    return { ...run, dir };
  };
  const HELD = /a long run: the old generation grows by at most 30% past what survived/;

  it('holds the old generation to 30% growth when a conversion or a check runs past a second, not before', async () => {
    const long = await throughPipe((fifo) => [fifo, '-f', 'rss'], 1.5);
    expect(long.exitCode).toBe(0);
    expect(long.stdout).toBe(golden('feed.xml').replaceAll(SAMPLE, join(long.dir, 'aawsat-2024.txt')));
    expect(long.stderr).toMatch(HELD);
    const check = await throughPipe((fifo) => ['check', fifo], 1.5);
    expect(check.stderr).toMatch(HELD);
    const quick = await throughPipe((fifo) => [fifo, '-f', 'rss'], 0);
    expect(quick.stderr).toMatch(/core: started from the code cache/);
    expect(quick.stderr).not.toMatch(HELD);
  });

  it("leaves a batch's heap alone, however long it runs", async () => {
    const batch = await throughPipe((fifo, dir) => [fifo, '--out-dir', join(dir, 'out'), '-f', 'rss'], 1.5);
    expect(batch.exitCode).toBe(0);
    expect(readdirSync(join(batch.dir, 'out'))).toEqual(['aawsat-2024.xml']);
    expect(batch.stderr).toMatch(/core: started from the code cache/);
    expect(batch.stderr).not.toMatch(HELD);
  });
});

describe('what a run loads', () => {
  /** The text of the module files a run of the real bin loads, as Node's own module debugging lists them. */
  const loaded = async (args: string[]): Promise<string> => {
    const run = await runBin(args, { env: { NODE_DEBUG: 'module,esm' } });
    expect(run.exitCode).toBe(0);
    const files = [...new Set(run.stderr.match(/\/[^\s'"]+?\.(?:c?js|mjs)\b/g) ?? [])].filter((file) => existsSync(file));
    expect(files.some((file) => file.endsWith('/dist/start.cjs'))).toBe(true);
    return files.map((file) => readFileSync(file, 'utf8')).join('\n');
  };
  // Each heavy module told by a string of its own that survives bundling and minification.
  const heavy = (code: string): Record<string, boolean> => ({
    chrono: code.includes('getDateWithAdjustedTimezone'),
    // French chrono's `demain`: the other languages' parsers, bundled apart.
    chronoIntl: code.includes('demain'),
    tinyld: code.includes('TINYLD_CONFIG'),
    compromise: code.includes('ProperNoun'),
    xmlParser: code.includes('Unclosed DOCTYPE'),
  });

  it('loads for --version the command line alone, from its code cache: no core, no crypto, no ES module loader', async () => {
    const dump = join(mkdtempSync(join(tmpdir(), 'feedconv-')), 'modules.cjs');
    writeFileSync(dump, "process.on('exit', () => process.stderr.write(process.moduleLoadList.join('\\n')));\n");
    const debug = await runBin(['--version'], { env: { NODE_DEBUG: 'feedconv' } });
    expect(debug.stderr).toMatch(/cli: started from the code cache/);
    expect(debug.stderr).not.toMatch(/core:/);
    // Note: a run apart, as NODE_DEBUG itself loads modules (node:util, with import()).
    const run = await runBin(['--version'], { env: { NODE_OPTIONS: `--require ${dump}` } });
    expect(run.stdout).toBe(`${pkg.version}\n`);
    const builtins = run.stderr.split('\n');
    expect(builtins).toContain('NativeModule fs');
    expect(builtins.filter((name) => /^NativeModule (?:crypto|worker_threads|internal\/modules\/esm\/translators)$/.test(name))).toEqual([]);
  });

  it('converts a file to a file without node:crypto, tty or stream modules, and without opening standard input, output or error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'feedconv-'));
    const hook = join(dir, 'hook.cjs');
    // At exit, the built-in modules loaded and which of process.stdin, stdout and stderr were asked for.
    writeFileSync(
      hook,
      `const asked = [];
for (const name of ['stdin', 'stdout', 'stderr']) {
  const { get, enumerable } = Object.getOwnPropertyDescriptor(process, name);
  Object.defineProperty(process, name, { configurable: true, enumerable, get() { asked.push(name); return get.call(process); } });
}
process.on('exit', () => require('node:fs').writeSync(2, JSON.stringify({ asked, builtins: process.moduleLoadList })));
`,
    );
    const out = join(dir, 'feed.xml');
    const run = await runBin([SAMPLE, '-f', 'rss', '-o', out], { env: { NODE_OPTIONS: `--require ${hook}` } });
    expect(run.exitCode).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(golden('feed.xml'));
    const { asked, builtins } = JSON.parse(run.stderr) as { asked: string[]; builtins: string[] };
    expect(asked).toEqual([]);
    expect(builtins).toContain('NativeModule vm');
    expect(builtins.filter((name) => /^NativeModule (?:crypto|tty|net|stream)$/.test(name))).toEqual([]);
    // The hook itself sees the same run write to standard output when there is no -o.
    const piped = await runBin([SAMPLE, '-f', 'rss'], { env: { NODE_OPTIONS: `--require ${hook}` } });
    expect(piped.stdout).toBe(golden('feed.xml'));
    expect((JSON.parse(piped.stderr) as { asked: string[] }).asked).toContain('stdout');
  });

  it('loads no date parser, NLP or XML parser for a dump that needs none', async () => {
    // The sample's dates are its captions' plain dates, which the fast path reads; its text is plainly English.
    expect(heavy(await loaded([SAMPLE, '-f', 'rss']))).toEqual({ chrono: false, chronoIntl: false, tinyld: false, compromise: false, xmlParser: false });
  });

  it('loads each when a run needs it', async () => {
    // A date line with a time in a zone other than GMT or UTC (wire-2025's `6:40 p.m. ET`) needs chrono; text that is not
    // plainly English (here the sample with a name spelt with a macron) needs tinyld when there is no --language; --tags
    // needs compromise; a feed needs the XML parser.
    expect(heavy(await loaded(['samples/wire-2025.txt', '-f', 'rss', '--language', 'en'])).chrono).toBe(true);
    // A date written in French, Spanish, German or Italian needs their parsers, which the bin reads from their bundle.
    const european = await runBin(['samples/european-press.txt', '-f', 'json', '--language', 'fr']);
    expect(JSON.parse(european.stdout).items.map((item: { published?: string }) => item.published)).toEqual([
      '2025-02-12T14:30:00',
      '2025-03-03',
      '2025-02-12T14:30:00',
      '2025-03-03T14:30:00',
    ]);
    expect(heavy(await loaded(['samples/european-press.txt', '-f', 'rss', '--language', 'fr'])).chronoIntl).toBe(true);
    expect(heavy(await loaded(['samples/wire-2025.txt', '-f', 'rss', '--language', 'en'])).chronoIntl).toBe(false);
    const accented = join(mkdtempSync(join(tmpdir(), 'feedconv-')), 'accented.txt');
    writeFileSync(accented, sampleText.replaceAll('Sudani', 'Sudanī'));
    expect(heavy(await loaded([accented, '-f', 'rss'])).tinyld).toBe(true);
    expect(heavy(await loaded([SAMPLE, '-f', 'rss', '--language', 'en', '--tags'])).compromise).toBe(true);
    expect(heavy(await loaded(['test/fixtures/feeds/rss091.xml', '-f', 'json', '--language', 'en'])).xmlParser).toBe(true);
  });
});

describe('stopping a run with a signal', () => {
  interface Stopped {
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
  }

  /**
   * Starts the bin, sends `signal` once `ready` resolves, and resolves with how it ended. A run that has not ended
   * 10 s after the signal is killed and reported as hung (code and signal null).
   */
  function stopWhen(args: string[], ready: (child: ReturnType<typeof spawn>) => Promise<void>, signal: NodeJS.Signals = 'SIGINT', cwd = ROOT): Promise<Stopped> {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    return new Promise((resolve) => {
      let hung: NodeJS.Timeout | undefined;
      child.on('close', (code, endedBy) => {
        clearTimeout(hung);
        resolve(hung === undefined || endedBy !== 'SIGKILL' ? { code, signal: endedBy, stdout, stderr } : { code: null, signal: null, stdout, stderr });
      });
      void ready(child).then(() => {
        child.kill(signal);
        hung = setTimeout(() => child.kill('SIGKILL'), 10_000);
      });
    });
  }

  /** Resolves once the child has printed its first line: its signal handlers are in place, and it reads on. */
  const firstLine = (child: ReturnType<typeof spawn>): Promise<void> =>
    new Promise((resolve) => {
      child.stdout?.on('data', (chunk: Buffer) => {
        if (chunk.includes(10)) resolve();
      });
    });
  const articles = Array.from({ length: 40 }, (_, i) => `Story number ${i + 1}\n\nIts body, number ${i + 1}.\n\n\n`).join('');
  /** A second to start: no line comes out to say it is waiting for a pipe's writer. */
  const aSecond = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 1_000));

  it('stops at the first SIGINT while standard input is open and says nothing more: 130, with what it stopped', { timeout: 30_000 }, async () => {
    const stopped = await stopWhen(['-f', 'ndjson'], async (child) => {
      child.stdin?.write(articles);
      await firstLine(child);
    });
    expect(stopped).toMatchObject({ code: 130, signal: null, stderr: 'feedconv: interrupted by SIGINT; stopped while reading standard input; nothing was written over\n' });
    // What came out before the stop is whole articles, a line each.
    expect(stopped.stdout.endsWith('\n')).toBe(true);
    const lines = stopped.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(1);
    for (const line of lines) expect(JSON.parse(line)).toHaveProperty('title');
  });

  it('leaves no output file, nor its temporary file, when stopped while standard input waits; SIGTERM is 143', { timeout: 30_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'feedconv-signal-'));
    try {
      const stopped = await stopWhen(
        ['-f', 'rss', '-o', join(dir, 'feed.xml'), '--verbose'],
        async (child) => {
          child.stdin?.write(articles);
          // Note: --verbose says each file's progress on standard error; standard output has nothing here.
          await new Promise((resolve) => setTimeout(resolve, 1_000));
        },
        'SIGTERM',
      );
      expect(stopped).toMatchObject({ code: 143, signal: null });
      expect(stopped.stderr).toContain('feedconv: interrupted by SIGTERM; stopped while reading standard input; nothing was written over\n');
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops at the first SIGINT while a named pipe has no writer, or a writer that says nothing', { timeout: 30_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'feedconv-signal-'));
    const fifo = join(dir, 'dump.txt');
    spawnSync('mkfifo', [fifo]);
    try {
      const noWriter = await stopWhen([fifo, '-f', 'rss'], aSecond);
      expect(noWriter).toMatchObject({ code: 130, signal: null, stdout: '', stderr: `feedconv: interrupted by SIGINT; stopped while reading ${fifo}; nothing was written over\n` });
      // A writer that has opened the pipe and waits: the read waits with it.
      const writer = spawn('sh', ['-c', 'exec sleep 30 > "$0"', fifo]);
      try {
        const silent = await stopWhen([fifo, '-f', 'rss', '-o', join(dir, 'feed.xml')], aSecond);
        expect(silent).toMatchObject({ code: 130, signal: null, stderr: `feedconv: interrupted by SIGINT; stopped while reading ${fifo}; nothing was written over\n` });
        expect(readdirSync(dir)).toEqual(['dump.txt']);
      } finally {
        writer.kill();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
