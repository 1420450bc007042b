/** `feedconv inspect` and the diagnostics `feedconv check` gives. */
import { describe, expect, it } from 'vitest';
import { runBin, runMain } from './helpers.js';

describe('inspect', () => {
  it('shows every line with its number and role, and marks article boundaries', async () => {
    const result = await runMain(['inspect', 'samples/aawsat-2024.txt']);
    expect(result.exitCode).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('── article 1: Withdrawal or Partnership: Differences between Washington, Baghdad over Future of Int’l Coalition (lines 1–44) ──');
    expect(lines[1]).toMatch(/^ 1 {2}title {21}Withdrawal or Partnership/);
    expect(lines[4]).toMatch(/^ 4 {2}caption-repeat {12}Iraqi Prime Minister/);
    expect(lines[5]).toMatch(/^ 5 {2}boilerplate \(logo\) {8}TT$/);
    expect(lines[7]).toMatch(/^ 7 {2}title-repeat/);
    expect(result.stdout).toMatch(/^── article 2: UK's Starmer Discussed Importance of a Ceasefire With Lebanon's PM \(lines 48–62\) ──$/m);
    // Every input line is shown once.
    expect(lines.filter((line) => /^ *\d+ {2}/.test(line))).toHaveLength(62);
  });

  it('is plain without a TTY and coloured with FORCE_COLOR', async () => {
    expect((await runBin(['inspect', 'samples/wire-2025.txt'])).stdout).not.toMatch(/\x1b\[/);
    expect((await runBin(['inspect', 'samples/wire-2025.txt'], { env: { FORCE_COLOR: '1' } })).stdout).toMatch(/\x1b\[1m\x1b\[36mNorway to expand Arctic patrols/);
    expect((await runBin(['inspect', 'samples/wire-2025.txt', '--no-color'], { env: { FORCE_COLOR: '1' } })).stdout).not.toMatch(/\x1b\[/);
  });

  it('names a missing input (exit 3) and shows one dump only (exit 2)', async () => {
    expect(await runMain(['inspect', 'nope.txt'])).toMatchObject({ exitCode: 3, stderr: /cannot read 'nope\.txt'/ });
    expect(await runMain(['inspect', 'samples'])).toMatchObject({ exitCode: 2, stderr: /inspect shows one dump/ });
  });
});

describe('check diagnostics', () => {
  const dump = [
    'Title one',
    '',
    'A man walks in the park. (Photo by John Smith / AFP',
    '',
    // Too long for the boilerplate rules to drop (over 160 characters), so check points at it.
    'Subscribe to our weekly newsletter for the latest local news, sport, weather, traffic and events from across the region, delivered to your inbox every Friday morning.',
    '',
    '',
    'Title one',
    '',
    'A man walks in the park.',
    '',
    '',
    `${'A very long first line that goes on and on '.repeat(6)}and on`,
    '',
    'Body.',
    '',
    '',
    'Planned summit',
    'Published: 2 March 2025',
    '',
    'Leaders will meet in Rome.',
    '',
    '',
    'Summit preview',
    '',
    'A view of the venue for the summit on June 5, 2025. (AFP)',
    '',
    'Preparations are under way.',
  ].join('\n');

  it('names the file and line of each problem, and exits 1 with --strict', async () => {
    const result = await runMain(['check', '-', '--strict'], { stdin: dump });
    expect(result.exitCode).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toEqual([
      '-:3: warning: caption has no closing parenthesis; read as body text [unclosed-credit]',
      expect.stringMatching(/^-:5: warning: paragraph looks like boilerplate: "Subscribe to our weekly newsletter.*\[boilerplate-like\]$/),
      '-:8: warning: "Title one" repeats the article at line 1 [duplicate-article]',
      '-:13: warning: title over 200 characters (264); is the headline missing? [long-title]',
      "-:24: warning: the caption date 2025-06-05 is later than the dump's latest Published/Updated line (2025-03-02); not used [future-date]",
      'checked 1 file, 5 articles: 0 errors, 5 warnings',
    ]);
    // Without --strict, warnings alone exit 0.
    expect((await runMain(['check', '-'], { stdin: dump })).exitCode).toBe(0);
  });

  it('warns of a copy broken at every line with no blank line between paragraphs, as a PDF copy is, and exits 1 with --strict', async () => {
    const epaper = [
      '4 | THE GULF TODAY | SATURDAY, NOVEMBER 28, 2026',
      'Sharjah opens new',
      'desalination plant',
      'in Hamriyah',
      'The Sharjah Electricity, Water and Gas Author-',
      'ity on Friday opened a new desalina-',
      'tion plant in Hamriyah with a capacity of 50',
      'million gallons a day, enough to meet the needs',
      'of more than 300,000 residents.',
      'The plant, built at a cost of Dhs1.2 billion, uses',
      'reverse osmosis and runs partly on solar power,',
      'SEWA chairman Saeed Al Suwaidi said.',
      'Ajman police warn of',
      'fake parking fines',
    ].join('\n');
    const result = await runMain(['check', '-', '--strict'], { stdin: epaper });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/^-:1: warning: 5 of the article's 13 paragraphs end mid-sentence, the next going on in lower case: .*\[broken-lines\]$/m);
    // Short lines of a list, or paragraphs that end their sentences, are no such copy.
    const list = ['Shopping list', '', 'apples', 'pears', 'bread', 'milk', 'eggs', 'butter', 'cheese'].join('\n');
    expect((await runMain(['check', '-'], { stdin: list })).stderr).not.toMatch(/broken-lines/);
    expect((await runMain(['check', 'samples/hardwrap.txt'])).stderr).not.toMatch(/broken-lines/);
  });

  it('leaves out the future date: published is unset, not invented', async () => {
    const result = await runMain(['-', '-f', 'ndjson', '--quiet'], { stdin: dump });
    const last = JSON.parse(result.stdout.trim().split('\n').at(-1) as string);
    expect(last.title).toBe('Summit preview');
    expect(last.published).toBeUndefined();
  });
});
