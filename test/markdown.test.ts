/** Markdown dumps (a web clipper's, a reader service's): read as the plain lines of a text dump. */
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../src/read/sniff.js';
import { markdownLines } from '../src/read/markdown.js';
import { runBin } from './helpers.js';

const CLIP = [
  '# Parliament passes budget',
  '',
  '**By Jane Smith** | *16 February 2024*',
  '',
  '![Lawmakers vote on Friday.](https://example.com/vote.jpg)',
  '',
  'Parliament passed the budget on **Friday** after a',
  '20-hour session, the [speaker](https://example.com/speaker) said.',
  '',
  '## What happens next',
  '',
  '> "This is a dark day," said the opposition leader.',
  '',
  '- Spending rises 4%',
  '- Taxes stay the same',
  '',
  '---',
  '',
  '# Water found on Mars',
  '',
  'Scientists found new evidence of `liquid` water beneath the surface of Mars.',
].join('\n');

describe('markdownLines', () => {
  it('gives each block its plain text at the line it starts on, blank lines kept, markup gone', () => {
    const { lines, markup } = markdownLines(CLIP);
    expect(lines.filter((line) => line.text !== '')).toEqual([
      { text: 'Parliament passes budget', line: 1, heading: true },
      { text: 'By Jane Smith | 16 February 2024', line: 3 },
      { text: 'Lawmakers vote on Friday.', line: 5, image: 'https://example.com/vote.jpg' },
      { text: 'Parliament passed the budget on Friday after a 20-hour session, the speaker said.', line: 7 },
      { text: 'What happens next', line: 10, heading: true },
      { text: '"This is a dark day," said the opposition leader.', line: 12 },
      { text: 'Spending rises 4%', line: 14 },
      { text: 'Taxes stay the same', line: 15 },
      { text: '* * *', line: 17 },
      { text: 'Water found on Mars', line: 19, heading: true },
      { text: 'Scientists found new evidence of liquid water beneath the surface of Mars.', line: 21 },
    ]);
    // The paragraph's second line is part of it: neither a line of its own nor a blank one.
    expect(lines.map((line) => line.line)).not.toContain(8);
    expect(lines.filter((line) => line.text === '').map((line) => line.line)).toEqual([2, 4, 6, 9, 11, 13, 16, 18, 20]);
    expect(markup).toBe(0);
  });

  it("turns front matter into a record's labelled lines, and counts the lines that are syntax alone", () => {
    const { lines, markup } = markdownLines(
      [
        '---',
        'title: "Remote work is here to stay"',
        'date: 2024-02-16',
        'author: Jane Smith',
        'source: https://blog.example.net/remote-work',
        'tags: [work]',
        '---',
        '',
        'Setext heading',
        '==============',
        '',
        '```',
        'code line',
        '```',
        '',
        '| Sector | Hybrid |',
        '|---|---|',
        '| Tech | 80% |',
        '',
        '<div class="ad">Advertisement</div>',
        '',
        '[ref]: https://example.com',
      ].join('\n'),
    );
    expect(lines.filter((line) => line.text !== '').map((line) => [line.line, line.text])).toEqual([
      [2, 'Title: Remote work is here to stay'],
      [3, 'Date: 2024-02-16'],
      [4, 'Author: Jane Smith'],
      [5, 'URL: https://blog.example.net/remote-work'],
      [9, 'Setext heading'],
      [13, 'code line'],
      [16, 'Sector | Hybrid'],
      [18, 'Tech | 80%'],
    ]);
    // The two `---`, `tags:`, the underline, two fences, the delimiter row, the HTML block and the link definition.
    expect(markup).toBe(9);
  });

  it("marks a heading's line, which the segmenter takes for a subheading whatever its shape", async () => {
    const { lines } = markdownLines(['# Title', '', 'Body.', '', '- one', '- two', '', 'Short heading', '---', '', 'Shorter.'].join('\n'));
    expect(lines.filter((line) => line.heading).map((line) => line.text)).toEqual(['Title', 'Short heading']);
    const { stdout } = await runBin(['-f', 'json', '--from', 'markdown', '-'], { stdin: ['# Title', '', 'Body of the story.', '', '- one', '- two', '', '## Short heading', '', 'Shorter.'].join('\n') });
    const article = JSON.parse(stdout).items[0];
    expect(article.paragraphs[article.headings[0]]).toBe('Short heading');
  });

  it('keeps a photo with no alt text, its address without a caption', () => {
    expect(markdownLines('Title\n\n![](https://example.com/chart.png)\n').lines[2]).toEqual({ text: '', line: 3, image: 'https://example.com/chart.png' });
  });
});

describe('Markdown detection', () => {
  it('reads a dump that opens with an ATX heading or with YAML front matter as Markdown; a scraper record stays text', () => {
    expect(detectFormat('# Parliament passes budget\n\nBody.', 'x')).toBe('markdown');
    expect(detectFormat('---\ntitle: Remote work\n---\n\nBody.', 'x')).toBe('markdown');
    expect(detectFormat('---\nTitle: Remote work\nURL: https://x.example\n', 'x')).toBe('text');
    expect(detectFormat('#1 hit of the summer\n\nBody.', 'x')).toBe('text');
    expect(detectFormat('Parliament passes budget\n\n# not a heading', 'x')).toBe('text');
  });
});

describe('Markdown through the command line', () => {
  it('converts a clip: titles without their #, the photo with its address, the rule between the stories counted', async () => {
    const { exitCode, stdout, stderr } = await runBin(['-f', 'rss', '--stats'], { stdin: CLIP });
    expect(exitCode).toBe(0);
    expect(stdout).toContain('<title>Parliament passes budget</title>');
    expect(stdout).toContain('<title>Water found on Mars</title>');
    expect(stdout).toContain('&lt;img src="https://example.com/vote.jpg" alt="Lawmakers vote on Friday."/&gt;');
    expect(stdout).toContain('<dc:creator xmlns:dc="http://purl.org/dc/elements/1.1/">Jane Smith</dc:creator>');
    expect(stdout).not.toMatch(/\*\*|\]\(/);
    expect(stderr).toMatch(/articles\s+2/);
    expect(stderr).toMatch(/separator 1/);
  });

  it('--from text reads the same clip as plain text, its markup kept', async () => {
    const { exitCode, stdout } = await runBin(['-f', 'ndjson', '--from', 'text'], { stdin: CLIP });
    expect(exitCode).toBe(0);
    expect(JSON.parse(stdout.split('\n')[0] as string).title).toBe('# Parliament passes budget');
  });

  it('refuses a Markdown dump larger than --max-feed-bytes, naming it, with exit 1', async () => {
    const { exitCode, stderr } = await runBin(['-f', 'rss', '--max-feed-bytes', '1024'], { stdin: `# Title\n\n${'Body text. '.repeat(200)}\n` });
    expect(exitCode).toBe(1);
    expect(stderr).toMatch(/-: error: Markdown dump is larger than --max-feed-bytes \(1024 bytes\)/);
  });
});
