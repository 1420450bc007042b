/**
 * Proof that every feed feedconv writes is read by the strictest consumers
 * there are: xmllint and saxes (well-formedness), Python feedparser (bozo
 * false), three JS feed parsers, the JSON Feed 1.1 schema, our own JSON
 * Schema, markdownlint and remark. Every sample is converted with full
 * metadata, so links and self links are checked too.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFeed as parseRowan } from '@rowanmanning/feed-parser';
import { Ajv } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parseFeed as parseFeedsmith } from 'feedsmith';
import { lint } from 'markdownlint/promise';
import type { Heading, Root, RootContent } from 'mdast';
import { toString as mdastText } from 'mdast-util-to-string';
import RssParser from 'rss-parser';
import remarkParse from 'remark-parse';
import { SaxesParser } from 'saxes';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { toInstant } from '../src/emit/dates.js';
import type { Feed } from '../src/model.js';
import { ROOT, runMain } from './helpers.js';

const require = createRequire(import.meta.url);
const samples = readdirSync(join(ROOT, 'samples')).filter((name) => name.endsWith('.txt'));
const out = mkdtempSync(join(tmpdir(), 'feedconv-feeds-'));
const META = ['--link', 'https://example.com/', '--base-url', 'https://example.com/news/', '--language', 'en', '--author', 'Desk'];

interface Converted {
  sample: string;
  feed: Feed;
  files: Record<'rss' | 'atom' | 'jsonfeed' | 'md', string>;
  text: Record<'rss' | 'atom' | 'jsonfeed' | 'md', string>;
}

async function convertSample(sample: string): Promise<Converted> {
  const name = sample.replace(/\.txt$/, '');
  const run = async (format: string, extra: string[] = []) => {
    const result = await runMain([`samples/${sample}`, '-f', format, ...META, ...extra]);
    expect(result.exitCode, result.stderr).toBe(0);
    return result.stdout;
  };
  const feed = JSON.parse(await run('json')) as Feed;
  const text = {
    rss: await run('rss', ['--feed-url', `https://example.com/${name}.rss.xml`]),
    atom: await run('atom', ['--feed-url', `https://example.com/${name}.atom.xml`]),
    jsonfeed: await run('jsonfeed', ['--feed-url', `https://example.com/${name}.json`]),
    md: await run('md'),
  };
  const files = {
    rss: join(out, `${name}.rss.xml`),
    atom: join(out, `${name}.atom.xml`),
    jsonfeed: join(out, `${name}.feed.json`),
    md: join(out, `${name}.md`),
  };
  for (const format of ['rss', 'atom', 'jsonfeed', 'md'] as const) writeFileSync(files[format], text[format]);
  return { sample, feed, files, text };
}

const converted = await Promise.all(samples.map(convertSample));
const xmlFiles = converted.flatMap((c) => [c.files.rss, c.files.atom]);

/** Instants as epoch milliseconds, the common ground of every parser's date type. */
const instants = (feed: Feed) => feed.items.map((item) => (item.published === undefined ? null : toInstant(item.published).getTime()));

describe('strict XML', () => {
  it('xmllint --noout accepts every RSS and Atom output', () => {
    const run = spawnSync('xmllint', ['--noout', ...xmlFiles], { encoding: 'utf8' });
    expect(run.error, 'xmllint is missing: apt-get install libxml2-utils').toBeUndefined();
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it.each(xmlFiles.map((file) => [file.replace(`${out}/`, '')]))('saxes parses %s without an error, namespaces resolved', (name) => {
    const text = converted.flatMap((c) => [c.text.rss, c.text.atom])[xmlFiles.findIndex((f) => f.endsWith(name))] as string;
    const parser = new SaxesParser({ xmlns: true });
    const errors: string[] = [];
    parser.on('error', (error) => errors.push(error.message));
    parser.write(text).close();
    expect(errors).toEqual([]);
  });
});

describe('Python feedparser', () => {
  const script = `
import feedparser, json, sys, calendar
out = {}
for path in sys.argv[1:]:
    d = feedparser.parse(path)
    out[path] = {
        "bozo": bool(d.bozo),
        "exception": str(d.get("bozo_exception", "")),
        "version": d.version,
        "titles": [e.get("title") for e in d.entries],
        "links": [e.get("link") for e in d.entries],
        "dates": [calendar.timegm(e.published_parsed) * 1000 if e.get("published_parsed") else None for e in d.entries],
        "authors": [e.get("author") for e in d.entries],
    }
print(json.dumps(out))
`;
  const run = spawnSync('/usr/bin/python3', ['-c', script, ...xmlFiles], { encoding: 'utf8' });

  it('is installed (apt-get install python3-feedparser)', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  const results = run.status === 0 ? (JSON.parse(run.stdout) as Record<string, Record<string, unknown>>) : {};
  it.each(converted.flatMap((c) => [[c.sample, 'rss', c] as const, [c.sample, 'atom', c] as const]))('%s as %s: bozo false, same titles, links, dates, authors', (_sample, format, c) => {
    const result = results[c.files[format]];
    expect(result).toMatchObject({ bozo: false, exception: '' });
    expect(result?.version).toBe(format === 'rss' ? 'rss20' : 'atom10');
    expect(result?.titles).toEqual(c.feed.items.map((i) => i.title));
    expect(result?.links).toEqual(c.feed.items.map((i) => i.url));
    expect(result?.dates).toEqual(instants(c.feed));
    expect(result?.authors).toEqual(c.feed.items.map((i) => i.byline ?? null));
  });
});

describe('JS feed parsers', () => {
  it.each(converted.map((c) => [c.sample, c] as const))('%s: rss-parser, @rowanmanning/feed-parser and feedsmith read the same items', async (_sample, c) => {
    const titles = c.feed.items.map((i) => i.title);
    const urls = c.feed.items.map((i) => i.url);
    for (const format of ['rss', 'atom'] as const) {
      const parsed = await new RssParser().parseString(c.text[format]);
      expect(parsed.items.map((i) => i.title), `rss-parser ${format}`).toEqual(titles);
      expect(parsed.items.map((i) => i.link), `rss-parser ${format}`).toEqual(urls);

      const rowan = parseRowan(c.text[format]);
      expect(rowan.items.map((i) => i.title), `feed-parser ${format}`).toEqual(titles);
      expect(rowan.items.map((i) => i.url), `feed-parser ${format}`).toEqual(urls);
      expect(rowan.items.map((i) => i.published?.getTime() ?? null), `feed-parser ${format}`).toEqual(instants(c.feed));
    }
    const smithRss = parseFeedsmith(c.text.rss);
    expect(smithRss.format).toBe('rss');
    expect((smithRss.feed as { items: { title: string }[] }).items.map((i) => i.title)).toEqual(titles);
    const smithAtom = parseFeedsmith(c.text.atom);
    expect(smithAtom.format).toBe('atom');
    // feedsmith reads an Atom title as a text construct: { value, type? }.
    expect((smithAtom.feed as { entries: { title: { value: string } }[] }).entries.map((i) => i.title.value)).toEqual(titles);
  });
});

describe('JSON outputs', () => {
  const jsonFeedSchema = require('jsonfeed-schema/v1.1') as object;
  const validateJsonFeed = addFormats.default(new Ajv({ allErrors: true, strict: false })).compile(jsonFeedSchema);

  it.each(converted.map((c) => [c.sample, c] as const))('%s: JSON Feed 1.1 output validates against its schema, ids are strings', (_sample, c) => {
    const feed = JSON.parse(c.text.jsonfeed) as { version: string; items: { id: unknown; title: string }[] };
    expect(validateJsonFeed(feed), JSON.stringify(validateJsonFeed.errors)).toBe(true);
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items.map((i) => typeof i.id)).toEqual(c.feed.items.map(() => 'string'));
    expect(feed.items.map((i) => i.title)).toEqual(c.feed.items.map((i) => i.title));
  });

  it('JSON output validates against `feedconv schema`', async () => {
    const schema = JSON.parse((await runMain(['schema'])).stdout) as object;
    const validate = new Ajv2020({ allErrors: true }).compile(schema);
    for (const c of converted) expect(validate(c.feed), `${c.sample}: ${JSON.stringify(validate.errors)}`).toBe(true);
    expect(validate({ title: 'x', generator: 'feedconv', items: [{ title: 'no id' }] })).toBe(false);
  });
});

describe('Markdown', () => {
  it('markdownlint (default rules, line length off) reports nothing', async () => {
    const results = await lint({ files: converted.map((c) => c.files.md), config: { default: true, MD013: false } });
    expect(results.toString()).toBe('');
  });

  it.each(converted.map((c) => [c.sample, c] as const))('%s: remark reads one heading per article and the same paragraphs', (_sample, c) => {
    const tree = unified().use(remarkParse).parse(c.text.md) as Root;
    const sections: { heading: Heading; body: RootContent[] }[] = [];
    for (const node of tree.children) {
      if (node.type === 'heading' && node.depth === 2) sections.push({ heading: node, body: [] });
      else if (node.type === 'heading' && node.depth === 1) expect(sections).toHaveLength(0);
      else sections.at(-1)?.body.push(node);
    }
    expect(sections.map((s) => mdastText(s.heading))).toEqual(c.feed.items.map((i) => i.title));
    sections.forEach((section, n) => {
      const item = c.feed.items[n] as Feed['items'][number];
      // Paragraphs and subheadings (###) in order, as the model lists them.
      const body = section.body.filter((node) => node.type === 'paragraph' || (node.type === 'heading' && node.depth === 3));
      const hasMeta = item.published !== undefined || item.byline !== undefined;
      const blocks = body.slice(hasMeta ? 1 : 0);
      expect(blocks.map((node) => mdastText(node))).toEqual(item.paragraphs);
      expect(blocks.flatMap((node, i) => (node.type === 'heading' ? [i] : []))).toEqual(item.headings ?? []);
      const quote = section.body.find((node) => node.type === 'blockquote');
      // A photo with neither caption nor credit (a Markdown dump's `![](src)`) has nothing to show in Markdown.
      const shown = item.images.filter((image) => image.caption !== '' || image.credit !== undefined);
      const captions = shown.map((image) => (image.credit === undefined ? image.caption : `${image.caption} (${image.credit})`));
      expect(quote === undefined ? [] : quote.children.map((node) => mdastText(node))).toEqual(captions);
    });
  });
});
