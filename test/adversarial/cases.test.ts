/**
 * The adversarial corpus: hostile and broken inputs, each with the exit code
 * and message it must give. Inputs are made here (some are megabytes), run
 * through the real bin, and checked for no crash, no stack trace, valid output.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import matter from 'gray-matter';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, runBin } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'feedconv-adversarial-'));
const file = (name: string, content: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

interface Case {
  name: string;
  args: () => string[];
  exitCode: number;
  stderr?: RegExp;
  /** Further checks on the output. */
  check?: (stdout: string) => void;
  /** A time budget in ms, for inputs that would make a backtracking regex or a quadratic loop explode. */
  budget?: number;
}

const bytes = (...parts: (string | number[])[]): Buffer => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));
const ndjson = (stdout: string) => stdout.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);

const cases: Case[] = [
  { name: 'a PNG file', args: () => [file('image.txt', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]))], exitCode: 1, stderr: /image\.txt: error: looks like a binary file/ },
  { name: 'random bytes', args: () => [file('random.txt', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)))], exitCode: 1, stderr: /binary file/ },
  {
    name: 'a stray NUL in text',
    args: () => [file('nul.txt', bytes('Title\n\nBody with a ', [0], ' NUL byte and enough plain text around it to be text.\n')), '-f', 'ndjson'],
    exitCode: 0,
    check: (out) => expect(ndjson(out)[0]?.paragraphs).toEqual(['Body with a NUL byte and enough plain text around it to be text.']),
  },
  { name: 'invalid UTF-8', args: () => [file('invalid.txt', bytes('Title\n\nBad ', [0xff, 0xfe], ' bytes.\n')), '-f', 'ndjson'], exitCode: 0, stderr: /invalid\.txt:3: warning: invalid UTF-8/ },
  {
    name: 'overlong UTF-8 for a slash',
    args: () => [file('overlong.txt', bytes('Title\n\nA ', [0xc0, 0xaf], ' slash.\n')), '-f', 'ndjson'],
    exitCode: 0,
    stderr: /overlong\.txt:3: warning: invalid UTF-8/,
    check: (out) => expect(ndjson(out)[0]?.paragraphs).toEqual(['A \uFFFD\uFFFD slash.']),
  },
  {
    name: 'UTF-16 LE with BOM',
    args: () => [file('utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Título\r\n\r\nCuerpo.\r\n', 'utf16le')])), '-f', 'ndjson'],
    exitCode: 0,
    check: (out) => expect(ndjson(out)[0]).toMatchObject({ title: 'Título', paragraphs: ['Cuerpo.'] }),
  },
  {
    name: 'UTF-16 BE with BOM',
    args: () => [file('utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(Buffer.from('Title\n\nBody.\n', 'utf16le')).swap16()])), '-f', 'ndjson'],
    exitCode: 0,
    check: (out) => expect(ndjson(out)[0]).toMatchObject({ title: 'Title', paragraphs: ['Body.'] }),
  },
  {
    name: 'UTF-16 LE without BOM',
    args: () => [file('utf16nobom.txt', Buffer.from('Title of the story\n\nThe body of the story.\n', 'utf16le')), '-f', 'ndjson'],
    exitCode: 0,
    stderr: /no byte-order mark; read as UTF-16LE/,
    check: (out) => expect(ndjson(out)[0]).toMatchObject({ title: 'Title of the story' }),
  },
  {
    name: 'a 50 MB single line',
    args: () => [file('longline.txt', `Title\n\n${'word '.repeat(10_000_000)}\n`), '-f', 'rss'],
    exitCode: 1,
    stderr: /longline\.txt:3: error: line is longer than 4194304 bytes; dropped/,
    check: (out) => expect(XMLValidator.validate(out)).toBe(true),
    budget: 15_000,
  },
  {
    name: 'a million blank lines',
    args: () => [file('blanks.txt', `First\n\nBody.\n${'\n'.repeat(1_000_000)}Second\n\nBody two.\n`), '-f', 'ndjson'],
    exitCode: 0,
    check: (out) => expect(ndjson(out).map((a) => a.title)).toEqual(['First', 'Second']),
    budget: 15_000,
  },
  {
    name: '100,000 one-line articles',
    args: () => [file('oneline.txt', Array.from({ length: 100_000 }, (_, i) => `Headline number ${i}\n\n\n`).join('')), '-f', 'ndjson', '--quiet'],
    exitCode: 0,
    check: (out) => expect(out.trim().split('\n')).toHaveLength(100_000),
    budget: 60_000,
  },
  {
    // A `Tags` label over 200,000 short lines: its list stops at 30 tags, the rest are text, and nothing costs its square.
    name: 'a tag list that never ends',
    args: () => [file('tags.txt', `Headline of the story\n\nBody of the story.\nTags\n${Array.from({ length: 200_000 }, (_, i) => `tag${i}`).join('\n')}\n`), '-f', 'ndjson'],
    exitCode: 0,
    check: (out) => {
      const [article] = ndjson(out);
      expect((article?.tags as string[]).length).toBe(30);
      expect((article?.paragraphs as string[]).length).toBe(1 + 200_000 - 30);
    },
    budget: 15_000,
  },
  {
    // One story of 200,000 short lines: no spread of them as a call's arguments (that overflowed the stack).
    name: 'an article of 200,000 one-line paragraphs, to Markdown',
    args: () => [file('lines.txt', `Headline of the story\n\n${Array.from({ length: 200_000 }, (_, i) => `Line ${i}`).join('\n')}\n`), '-f', 'md'],
    exitCode: 0,
    check: (out) => expect(out).toContain('\n\nLine 199999\n'),
    budget: 15_000,
  },
  { name: 'empty input', args: () => [file('empty.txt', '')], exitCode: 0, stderr: /empty\.txt: warning: no articles found/, check: (out) => expect(JSON.parse(out).items).toEqual([]) },
  { name: 'whitespace-only input', args: () => [file('spaces.txt', ' \n\t\n\u00a0\n\r\n   ')], exitCode: 0, stderr: /no articles found/ },
  {
    name: 'thousands of unbalanced parentheses',
    args: () => [file('parens.txt', `Title\n\n${'('.repeat(100_000)}x${')'.repeat(10)}\n\nBody ${'(a'.repeat(100_000)}\n\n${'(Photo '.repeat(50_000)}\n`), '-f', 'rss', '--max-article-bytes', '104857600'],
    exitCode: 0,
    check: (out) => expect(XMLValidator.validate(out)).toBe(true),
    budget: 10_000,
  },
  {
    name: 'lines shaped to make backtracking regexes explode',
    args: () => [
      file(
        'regex.txt',
        [
          'Title',
          '',
          `By ${'A '.repeat(200_000)}`,
          `Published: ${'1 '.repeat(200_000)}`,
          `${'NATO '.repeat(100_000)}- text`,
          `${'* '.repeat(200_000)}x`,
          `${'a. '.repeat(200_000)}`,
          `"${'x'.repeat(200_000)}`,
          `Read more: ${'more '.repeat(100_000)}`,
          `${'OSLO, '.repeat(100_000)}(Reuters) - text`,
          // The shapes of the blog, byline, credit, syndication and date patterns.
          `Posted in ${'a '.repeat(100_000)}| Tagged ${'b, '.repeat(100_000)}`,
          `Posted in ${'x | '.repeat(100_000)}`,
          `This entry was posted in ${'x and tagged '.repeat(50_000)}. Bookmark`,
          `By Jane Smith, ${'Tom Brown, '.repeat(50_000)}The X`,
          `Jane Doe, ${'University of '.repeat(50_000)}`,
          `This article was published in ${'A'.repeat(200_000)}`,
          `Originally published at https://${'a'.repeat(200_000)} on x`,
          `${'a '.repeat(100_000)}via Getty Images`,
          `Photo by ${'x '.repeat(100_000)}`,
          `${'2024年'.repeat(50_000)}3月19日`,
          `${'16th '.repeat(50_000)}February 2024`,
          `2024-02-16T10:15:00${':00'.repeat(50_000)}`,
          `New York CNN ${'— '.repeat(100_000)}`,
          `${'x. '.repeat(100_000)}REUTERS/Name`,
          // The shapes of the credit, trail, dateline and Arabic date patterns added since.
          `${'x. '.repeat(100_000)}Victor Besa / The National`,
          `${'x. — '.repeat(100_000)}Reuters/File`,
          `${'News|'.repeat(50_000)}Politics`,
          `${'NEW DELHI: '.repeat(50_000)}text`,
          `Kevin ${'Dietsch/'.repeat(50_000)}Getty Images`,
          `نشر: ${'27 نوفمبر '.repeat(50_000)}2026`,
          `الرياض ${'10:15-27 نوفمبر '.repeat(50_000)}2026 (واس)`,
          `بقلم: ${'محمد '.repeat(100_000)}`,
          `Read more from Sky News:`,
          `${'Budget '.repeat(20)}`,
          // The shapes of the date, byline, credit and note patterns of Middle East sites.
          `Published date: ${'26 November 2026 '.repeat(50_000)}| Last update: 1 day ago`,
          `Published: 27 November ${' ,2026:'.repeat(50_000)} 10:15 AM GST`,
          `${'ISTANBUL '.repeat(50_000)}Nov 26, 2026 - 4:15 pm GMT+3`,
          `ISTANBUL Nov 26, 2026${' - 4:15'.repeat(50_000)}`,
          `11/26/2026${' '.repeat(100_000)}November 26, 2026`,
          `${'Ahram Online , '.repeat(50_000)}Thursday 27 Nov 2026`,
          `${'MEE '.repeat(100_000)}staff`,
          `${'x. '.repeat(100_000)}© Atta Kenare, AFP`,
          `${'a © '.repeat(100_000)}Atta Kenare, AFP`,
          `Middle East Eye delivers independent and unrivalled coverage ${'x '.repeat(100_000)}`,
          `Image: ${'AFP/'.repeat(50_000)}Getty Images`,
          `Read more:`,
          '',
          `${'Lebanon '.repeat(20)}`,
          `${'x. | '.repeat(100_000)}Photo Credit: PTI`,
          `${'x | '.repeat(100_000)}Photo Credit: PTI`,
          `Updated - November 27, 2026${' - NEW DELHI'.repeat(50_000)}`,
          `Reported by ${'Ravi Sharma, '.repeat(50_000)}Edited by Anjali Das`,
          `${'KYODO, '.repeat(50_000)}JIJI`,
          `${'11/27/2026 '.repeat(50_000)}05:00 AM EST`,
          `By ${'Chad '.repeat(100_000)}Fox News`,
          `${'x - Copyright '.repeat(50_000)}Virginia Mayo/AP`,
          `${'x Credit: '.repeat(50_000)}Jeff Overs/BBC/PA`,
          `Nov 27, 2026${' - Economy'.repeat(50_000)}`,
          `${'•'.repeat(100_000)}Updated 15:05`,
          `Name |${'27.11.2026 - '.repeat(50_000)}Update : 27.11.2026`,
          `${'ANKARA '.repeat(50_000)}`,
          `Photo: ${'Kevin/'.repeat(50_000)}Getty Images`,
          `${'Riyadh '.repeat(50_000)}- Asharq Al-Awsat`,
          `Doha, ${'Qatar '.repeat(50_000)}(QNA)`,
          `Kuwait City: ${'KUNA '.repeat(50_000)}`,
          `Muscat: ${'Oman '.repeat(100_000)}`,
          `${'Muscat'.repeat(50_000)}: Oman`,
          `QNA/${'Doha '.repeat(100_000)}`,
          `${'Saudi '.repeat(100_000)}Gazette report`,
          `New Delhi, Nov 27 ${'(IANS) '.repeat(50_000)}The`,
          `New Delhi [${'India '.repeat(50_000)}], November 27 (ANI): The`,
          `Editor: ${'Huaxia '.repeat(50_000)}`,
          `شارك عبر ${'فيسبوك '.repeat(50_000)}`,
          `اقرأ أيضاً: ${'السعودية '.repeat(50_000)}`,
          'In this article:',
          `${'TTE '.repeat(100_000)}`,
        ].join('\n'),
      ),
      '-f',
      'ndjson',
      '--max-article-bytes',
      '104857600',
    ],
    exitCode: 0,
    budget: 10_000,
  },
  {
    name: 'markup and scripts in text are escaped in HTML and Markdown',
    args: () => [file('markup.txt', 'Title <script>alert(1)</script>\n\n<img src=x onerror=alert(1)> and [a](javascript:alert(1)) & <b>bold</b>\n'), '-f', 'md'],
    exitCode: 0,
    check: (out) => {
      expect(out).toContain('\\<script\\>alert(1)\\</script\\>');
      expect(out).toContain('\\<img src=x onerror=alert(1)\\> and \\[a\\](javascript:alert(1)) & \\<b\\>bold\\</b\\>');
      expect(out).not.toMatch(/(?<!\\)<(script|img|b)/);
    },
  },
  {
    name: 'markup and scripts stay text inside RSS content',
    args: () => [file('markup2.txt', 'A headline over markup\n\n<script>alert(1)</script> <img src=x onerror=alert(1)>\n'), '-f', 'rss'],
    exitCode: 0,
    check: (out) => {
      expect(out).toContain('&lt;p&gt;&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt; &amp;lt;img src=x onerror=alert(1)&amp;gt;&lt;/p&gt;');
      expect(out).not.toContain('<script');
    },
  },
  {
    name: 'control characters and ]]> in every field',
    args: () => [file('control.txt', 'Kicker\n\nTitle ]]> \u0007 here\nBy Jane ]]> Doe\n\nCaption ]]> \u0001 (Photo ]]> \u0002 AFP)\n\nBody ]]> \u001b text.\n'), '-f', 'atom', '--tags'],
    exitCode: 0,
    check: (out) => {
      expect(XMLValidator.validate(out)).toBe(true);
      expect(out).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    },
  },
  {
    name: 'a dump that is really an HTML page',
    args: () => [file('page.txt', '<!DOCTYPE html>\n<html><head><title>News</title><script>var x = 1 < 2;</script></head>\n<body>\n<h1>Big story</h1>\n<p>It happened today.</p>\n</body></html>\n'), '-f', 'rss'],
    exitCode: 0,
    check: (out) => expect(XMLValidator.validate(out)).toBe(true),
  },
  { name: 'output path equal to an input', args: () => [file('same.txt', 'Title\n\nBody.\n'), '-o', join(dir, 'same.txt')], exitCode: 2, stderr: /is also an input/ },
  { name: 'an out-dir that is a file', args: () => [file('in1.txt', 'Title\n\nBody.\n'), '--out-dir', file('afile', 'x')], exitCode: 3, stderr: /cannot create folder/ },
  { name: '-o onto a folder', args: () => [file('in2.txt', 'Title\n\nBody.\n'), '-o', dir], exitCode: 3, stderr: /is a directory/ },
  { name: '-o into a missing folder', args: () => [file('in3.txt', 'Title\n\nBody.\n'), '-o', join(dir, 'no', 'such', 'feed.xml')], exitCode: 3, stderr: /cannot write .*no such file or directory/ },
  { name: 'a missing input', args: () => [join(dir, 'absent.txt')], exitCode: 3, stderr: /cannot read .*absent\.txt': no such file or directory/ },
  { name: 'an unknown format', args: () => [file('in4.txt', 'T\n\nB.\n'), '-f', 'pdf'], exitCode: 2, stderr: /unknown format 'pdf'/ },
  { name: 'a bad shard', args: () => [file('in5.txt', 'T\n\nB.\n'), '--shard', '4/3x'], exitCode: 2, stderr: /invalid --shard/ },
  { name: 'a config that is not JSON', args: () => [file('in6.txt', 'T\n\nB.\n'), '--config', file('bad.json', '{ nope')], exitCode: 2, stderr: /bad\.json: not valid JSON/ },
];

describe('adversarial inputs through the real bin', () => {
  it.each(cases)('$name', async (c) => {
    const started = performance.now();
    const result = await runBin(c.args());
    const elapsed = performance.now() - started;
    expect(result.exitCode, result.stderr.slice(0, 500)).toBe(c.exitCode);
    if (c.stderr) expect(result.stderr).toMatch(c.stderr);
    expect(result.stderr).not.toMatch(/^\s+at |internal error/m);
    c.check?.(result.stdout);
    if (c.budget !== undefined) expect(elapsed, `took ${elapsed.toFixed(0)} ms`).toBeLessThan(c.budget);
  }, 120_000);
});

describe('--split names from hostile titles', () => {
  it('keeps every file inside the out-dir, with unique, portable names, and front matter that reads back exactly', async () => {
    const titles = ['../../etc/passwd', 'CON', '.hidden', 'a/b\\c', `${'Very long title '.repeat(20)}end`, 'Same title!', 'Same title?', '--- dashes ---', '"Quoted": title # with hash', '@handle *star* title', 'عنوان عربي'];
    const input = file('titles.txt', titles.map((title) => `${title}\n\nBody of ${title.length}.\n\n\n`).join(''));
    const out = join(dir, 'split-out');
    const result = await runBin([input, '-f', 'md', '--split', '--out-dir', out]);
    expect(result.exitCode, result.stderr).toBe(0);
    const folder = join(out, 'titles');
    const names = readdirSync(folder);
    expect(readdirSync(out)).toEqual(['titles']);
    expect(names).toHaveLength(titles.length);
    for (const name of names) expect(name).toMatch(/^[a-z0-9][a-z0-9-]{0,80}\.md$/);
    expect(new Set(names).size).toBe(names.length);
    const read = names.map((name) => matter(readFileSync(join(folder, name), 'utf8')).data.title as string).sort();
    expect(read).toEqual([...titles].sort());
  });
});

describe('signals', () => {
  const batch = (): string => {
    const input = join(dir, 'many');
    mkdirSync(input, { recursive: true });
    const sample = readFileSync(join(ROOT, 'samples/wire-2025.txt'), 'utf8');
    for (let i = 0; i < 600; i++) writeFileSync(join(input, `d${String(i).padStart(4, '0')}.txt`), sample.replaceAll('Norway', `Norway ${i}`));
    return input;
  };

  it('SIGINT during a batch: files under way finish, nothing partial or temporary is left, exit 130', async () => {
    const input = batch();
    const out = join(dir, 'sig-out');
    const child = spawn(process.execPath, [BIN, input, '-f', 'rss,json', '--out-dir', out, '--language', 'en', '--jobs', '1']);
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
    });
    // Wait until some outputs exist, then interrupt.
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        let count = 0;
        try {
          count = readdirSync(out).length;
        } catch {}
        if (count >= 20) {
          clearInterval(poll);
          resolve();
        }
      }, 20);
    });
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(130);
    expect(stderr).toMatch(/interrupted by SIGINT; (\d+) of 600 files were converted, each output complete/);
    const files = readdirSync(out);
    expect(files.filter((name) => name.endsWith('.tmp'))).toEqual([]);
    const done = Number(/(\d+) of 600/.exec(stderr)?.[1]);
    expect(files).toHaveLength(done * 2);
    expect(done).toBeLessThan(600);
    for (const name of files.filter((f) => f.endsWith('.xml'))) expect(XMLValidator.validate(readFileSync(join(out, name), 'utf8'))).toBe(true);
  }, 60_000);

  it('SIGTERM while writing -o leaves no file and no temporary, exit 143', async () => {
    const big = file('big-for-signal.txt', Array.from({ length: 12000 }, (_, i) => `Story ${i}\n\n${'Some body text here. '.repeat(200)}\n\n\n`).join(''));
    const target = join(dir, 'signal-feed.xml');
    const child = spawn(process.execPath, [BIN, big, '-f', 'rss', '-o', target, '--language', 'en']);
    // Note: signalled once its temporary exists, that is while it writes; a fixed delay raced the whole run on a fast machine.
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (!readdirSync(dir).some((name) => name.startsWith('.signal-feed.xml.') && name.endsWith('.tmp'))) return;
        clearInterval(poll);
        resolve();
      }, 5);
    });
    child.kill('SIGTERM');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(143);
    expect(readdirSync(dir).filter((name) => name.includes('signal-feed'))).toEqual([]);
  }, 60_000);
});

describe('EPIPE', () => {
  it('`feedconv big.txt | head -1` exits quietly', () => {
    const big = file('big-pipe.txt', Array.from({ length: 2000 }, (_, i) => `Story ${i}\n\nBody ${i}.\n\n\n`).join(''));
    const run = spawnSync('bash', ['-c', `node "${BIN}" "${big}" -f ndjson | head -1 >/dev/null; echo "exit=\${PIPESTATUS[0]}" >&2`], { encoding: 'utf8' });
    expect(run.stderr).toBe('exit=0\n');
  });
});
