/** What feedconv adds on request or by default: --tags, --timezone, the detected feed language. */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { applyTimezone, isTimezone } from '../src/normalize/timezone.js';
import { runMain } from './helpers.js';

describe('--tags', () => {
  it('adds up to 5 people, places and organisations, and every format carries them', async () => {
    const json = JSON.parse((await runMain(['samples/aawsat-2024.txt', '--tags'])).stdout);
    const [first, second] = json.items as { tags: string[] }[];
    expect(first?.tags).toHaveLength(5);
    expect(first?.tags).toEqual(expect.arrayContaining(['Washington', 'Iraq', 'Baghdad']));
    expect(second?.tags).toEqual(expect.arrayContaining(['Lebanon', 'Keir Starmer']));
    for (const tag of [...(first?.tags ?? []), ...(second?.tags ?? [])]) expect(tag).toMatch(/^[\p{L}\p{N}].*[\p{L}\p{N}]$/u);

    const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'category' });
    const rss = parser.parse((await runMain(['samples/aawsat-2024.txt', '-f', 'rss', '--tags'])).stdout);
    expect(rss.rss.channel.item[0].category).toEqual(first?.tags);
    const atom = parser.parse((await runMain(['samples/aawsat-2024.txt', '-f', 'atom', '--tags'])).stdout);
    expect(atom.feed.entry[0].category.map((c: Record<string, string>) => c['@_term'])).toEqual(first?.tags);
    const jsonfeed = JSON.parse((await runMain(['samples/aawsat-2024.txt', '-f', 'jsonfeed', '--tags'])).stdout);
    expect(jsonfeed.items[0].tags).toEqual(first?.tags);

    const dir = mkdtempSync(join(tmpdir(), 'feedconv-tags-'));
    writeFileSync(join(dir, 'dump.txt'), readFileSync('samples/aawsat-2024.txt'));
    await runMain([join(dir, 'dump.txt'), '-f', 'md', '--split', '--out-dir', join(dir, 'out'), '--tags']);
    const [file] = readdirSync(join(dir, 'out', 'dump')).sort().reverse();
    expect(matter(readFileSync(join(dir, 'out', 'dump', file as string), 'utf8')).data.tags).toEqual(first?.tags);
  });

  it('adds no tags unless asked', async () => {
    expect(JSON.parse((await runMain(['samples/aawsat-2024.txt'])).stdout).items[0].tags).toBeUndefined();
  });
});

describe('--timezone', () => {
  it('gives date-line times without an offset the zone, with its daylight saving', () => {
    expect(applyTimezone('2024-02-16T14:30:00', 'Asia/Riyadh')).toBe('2024-02-16T14:30:00+03:00');
    expect(applyTimezone('2024-01-16T09:00:00', 'Europe/London')).toBe('2024-01-16T09:00:00Z');
    expect(applyTimezone('2024-07-16T09:00:00', 'Europe/London')).toBe('2024-07-16T09:00:00+01:00');
    expect(applyTimezone('2024-07-16T09:00:00', '-05:30')).toBe('2024-07-16T09:00:00-05:30');
    // A date alone, or a time that has its offset, is left as written.
    expect(applyTimezone('2024-07-16', 'Asia/Riyadh')).toBe('2024-07-16');
    expect(applyTimezone('2024-07-16T09:00:00Z', 'Asia/Riyadh')).toBe('2024-07-16T09:00:00Z');
    expect(isTimezone('Mars/Olympus')).toBe(false);
  });

  it('applies through the CLI, and an unknown zone is a usage error', async () => {
    const out = await runMain(['-', '-f', 'ndjson', '--timezone', 'America/New_York'], { stdin: 'Title\nPublished: 16 Feb 2024 14:30\n\nBody.' });
    expect(JSON.parse(out.stdout).published).toBe('2024-02-16T14:30:00-05:00');
    expect(await runMain(['samples/wire-2025.txt', '--timezone', 'Mars/Base'])).toMatchObject({ exitCode: 2, stderr: /invalid --timezone: not a time zone/ });
  });
});

describe('feed language', () => {
  it('is detected from the first articles when not given, and --language wins', async () => {
    expect(JSON.parse((await runMain(['samples/aawsat-2024.txt'])).stdout).language).toBe('en');
    expect(JSON.parse((await runMain(['samples/aawsat-2024.txt', '--language', 'en-GB'])).stdout).language).toBe('en-GB');
    const french = 'Sécheresse dans le sud\n\n' + 'Le gouvernement a annoncé mardi une nouvelle série de mesures pour soutenir les agriculteurs touchés par la sécheresse, qui dure depuis le printemps dans tout le sud du pays. '.repeat(3);
    expect(JSON.parse((await runMain(['-'], { stdin: french })).stdout).language).toBe('fr');
  });

  // The English and French openings are the same news, sentence for sentence.
  const english = 'The government announced on Tuesday a new series of measures to support farmers hit by the drought, which has lasted since spring across the south of the country. ';
  const french = 'Le gouvernement a annoncé mardi une nouvelle série de mesures pour soutenir les agriculteurs touchés par la sécheresse, qui dure depuis le printemps dans tout le sud du pays. ';
  const languageOf = async (paragraphs: string[]): Promise<unknown> =>
    JSON.parse((await runMain(['-'], { stdin: `Drought in the south\n\n${paragraphs.join('\n\n')}\n` })).stdout).language;

  it('is told from the opening text when that is clear, whatever follows', async () => {
    // Read whole, this text is mostly French: the opening thousand characters are English.
    expect(await languageOf([english.repeat(7), french.repeat(20)])).toBe('en');
  });

  it('reads on past an unclear opening', async () => {
    // The opening alternates English and French sentences; the four thousand characters from the start are clearly French.
    expect(await languageOf([(english + french).repeat(3).slice(0, 1000), french.repeat(20)])).toBe('fr');
  });

  it('is left out when there is too little text, or no clear winner', async () => {
    expect(JSON.parse((await runMain(['-'], { stdin: 'Short\n\nToo little text to tell.' })).stdout).language).toBeUndefined();
    expect(JSON.parse((await runMain(['samples/nasty.txt', '--quiet'])).stdout).language).toBeUndefined();
  });
});
