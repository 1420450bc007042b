/** The real sample, checked field by field against what a reader of it sees. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { Feed } from '../src/model.js';
import { ROOT, runMain } from './helpers.js';

describe('samples/aawsat-2024.txt', async () => {
  const { stdout, exitCode, stderr } = await runMain(['samples/aawsat-2024.txt']);
  const feed = Feed.parse(JSON.parse(stdout));

  it('converts cleanly', () => {
    expect(exitCode).toBe(0);
    expect(stderr).toBe('');
  });

  it('finds the two articles with their titles as written, once', () => {
    expect(feed.items.map((a) => a.title)).toEqual([
      'Withdrawal or Partnership: Differences between Washington, Baghdad over Future of Int’l Coalition',
      "UK's Starmer Discussed Importance of a Ceasefire With Lebanon's PM",
    ]);
  });

  it('keeps 17 and 4 paragraphs, none of them a title or caption repeat', () => {
    expect(feed.items.map((a) => a.paragraphs.length)).toEqual([17, 4]);
    for (const article of feed.items) {
      expect(article.paragraphs).not.toContain(article.title);
      for (const image of article.images) expect(article.paragraphs.some((p) => p.includes(image.caption))).toBe(false);
    }
    expect(feed.items[0]?.paragraphs[0]).toMatch(/^Iraqi Prime Minister Mohammed Shia al-Sudani informed/);
    expect(feed.items[0]?.paragraphs.at(-1)).toMatch(/pro-Iran groups in the Iraqi government\.$/);
    expect(feed.items[1]?.paragraphs.at(-1)).toBe(
      '"They discussed the escalating conflict in Lebanon, and agreed on the importance of an immediate ceasefire and a negotiated solution."',
    );
  });

  it('splits each caption from its credit', () => {
    expect(feed.items.map((a) => a.images)).toEqual([
      [
        {
          caption: 'Iraqi Prime Minister Mohammed Shia al-Sudani meets with US Vice President Kamala Harris, in Munich, Germany, February 16, 2024.',
          credit: 'Iraqi Prime Minister Media Office/Handout via Reuters',
        },
      ],
      [
        {
          caption:
            "Britain's Prime Minister Keir Starmer smiles on stage on the second day of the annual Labor Party conference in Liverpool, north-west England, on September 23, 2024.",
          credit: 'Photo by Oli SCARFF / AFP',
        },
      ],
    ]);
  });

  it('dates each article from its caption', () => {
    expect(feed.items.map((a) => [a.published, a.dateSource])).toEqual([
      ['2024-02-16', 'caption'],
      ['2024-09-23', 'caption'],
    ]);
  });

  it('leaves the TT logo line out of every format', async () => {
    for (const format of ['json', 'ndjson', 'rss', 'md']) {
      const out = (await runMain(['samples/aawsat-2024.txt', '-f', format])).stdout;
      expect(out, format).not.toMatch(/\bTT\b/);
    }
    expect(readFileSync(join(ROOT, 'samples/aawsat-2024.txt'), 'utf8')).toMatch(/^TT$/m);
  });

  it('gives RSS items with GMT pubDates on the right weekday', async () => {
    const xml = (await runMain(['samples/aawsat-2024.txt', '-f', 'rss'])).stdout;
    const items = new XMLParser().parse(xml).rss.channel.item;
    expect(items.map((i: { pubDate: string }) => i.pubDate)).toEqual(['Fri, 16 Feb 2024 00:00:00 GMT', 'Mon, 23 Sep 2024 00:00:00 GMT']);
  });
});
