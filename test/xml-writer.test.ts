/**
 * Feed items and their HTML are written by `XmlWriter`, not built: these tests
 * hold them to what fast-xml-parser's builder makes of the same objects (the
 * way feedconv built them before), byte for byte, for any values.
 */
import * as fc from 'fast-check';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { rfc3339, rfc822 } from '../src/emit/dates.js';
import { articleHtml } from '../src/emit/html.js';
import { entryId } from '../src/emit/atom.js';
import { emitters } from '../src/emit/index.js';
import { escapeXml, xmlBuilder } from '../src/emit/xml.js';
import type { Article, FeedMeta } from '../src/model.js';
import { ARTICLE, FEED, collect, stream } from './fixtures.js';

// The reference: the builder's objects for an item, as the emitters made them.

type Node = Record<string, unknown>;

function element(name: string, children: Node[], attributes?: Record<string, string>): Node {
  const node: Node = { [name]: children };
  if (attributes) node[':@'] = Object.fromEntries(Object.entries(attributes).map(([k, v]) => [`@_${k}`, v]));
  return node;
}

function builtHtml(article: Article, counter: { invalidXmlChars: number }): string {
  const nodes: Node[] = [];
  for (const image of article.images) {
    const caption: Node[] = [{ '#text': image.caption }];
    if (image.credit !== undefined) caption.push({ '#text': ' ' }, element('span', [{ '#text': `(${image.credit})` }], { class: 'credit' }));
    const img = image.url === undefined ? [] : [element('img', [], { src: image.url, alt: image.caption })];
    nodes.push(element('figure', [...img, element('figcaption', caption)]));
  }
  const headings = new Set(article.headings ?? []);
  article.paragraphs.forEach((paragraph, i) => nodes.push(element(headings.has(i) ? 'h2' : 'p', [{ '#text': paragraph }])));
  return xmlBuilder(counter, { format: false, ordered: true }).build(nodes) as string;
}

function builtRssItem(article: Article, html: string): Node {
  return {
    title: article.title,
    ...(article.url !== undefined && { link: article.url }),
    guid: { '@_isPermaLink': 'false', '#text': article.id },
    ...(article.published !== undefined && { pubDate: rfc822(article.published) }),
    ...(article.byline !== undefined && { 'dc:creator': { '@_xmlns:dc': 'http://purl.org/dc/elements/1.1/', '#text': article.byline } }),
    description: article.summary,
    ...(article.tags !== undefined && article.tags.length > 0 && { category: article.tags }),
    'content:encoded': html,
  };
}

function builtAtomEntry(article: Article, feedUpdated: string, html: string): Node {
  return {
    id: entryId(article.id),
    title: article.title,
    ...(article.url !== undefined && { link: { '@_rel': 'alternate', '@_type': 'text/html', '@_href': article.url } }),
    ...(article.published !== undefined && { published: rfc3339(article.published) }),
    updated: article.published === undefined ? feedUpdated : rfc3339(article.published),
    ...(article.byline !== undefined && { author: { name: article.byline } }),
    ...(article.tags !== undefined && article.tags.length > 0 && { category: article.tags.map((term) => ({ '@_term': term })) }),
    summary: article.summary,
    content: { '@_type': 'html', '#text': html },
  };
}

/** The builder's pretty-printed element, every line indented (the builder's objects have no line break in any value). */
function built(name: string, object: Node, indent: string, counter: { invalidXmlChars: number }): string {
  const xml = xmlBuilder(counter, { format: true }).build({ [name]: object }) as string;
  return xml
    .split('\n')
    .map((line) => (line === '' ? line : indent + line))
    .join('\n');
}

// Values of every awkward kind: markup, quotes, characters XML forbids, lone surrogates, astral characters, nothing.
const value = fc
  .oneof(
    fc.string({ maxLength: 30 }),
    fc.string({ unit: 'binary', maxLength: 20 }),
    fc.constantFrom('', '&', '&amp;', '<b>x</b>', `"it's"`, 'a > b', ']]>', '\u0000\uFFFE', '😀'),
  )
  // Note: a line break inside a value is the one place where output and reference part (see the test below).
  .map((text) => text.replace(/[\r\n]/g, ' '));

const article: fc.Arbitrary<Article> = fc
  .record(
    {
      id: fc.oneof(fc.uuid(), value.filter((id) => id !== '')),
      title: value,
      url: value,
      published: fc.constantFrom('2024-02-16', '2024-02-16T10:15:00', '2024-02-16T10:15:00+03:00'),
      byline: value,
      tags: fc.array(value, { maxLength: 3 }),
      images: fc.array(fc.record({ caption: value, credit: value, url: value }, { requiredKeys: ['caption'] }), { maxLength: 3 }),
      paragraphs: fc.array(value, { maxLength: 4 }),
      headings: fc.array(fc.nat({ max: 3 }), { maxLength: 2 }),
      summary: value,
    },
    { requiredKeys: ['id', 'title', 'images', 'paragraphs', 'summary'] },
  )
  .map((fields) => ({ ...fields, slug: 's', wordCount: 0, source: { file: 'x', line: 1, endLine: 1 } }));

/** The emitter's items: the lines between the envelope's head and tail. */
async function emittedItems(format: 'rss' | 'atom', feed: FeedMeta, articles: Article[]): Promise<{ text: string; invalid: number }> {
  const stats = { invalidXmlChars: 0 };
  const text = await collect((emitters[format] as NonNullable<(typeof emitters)[string]>).emit(feed, stream(...articles), { stats }));
  const open = format === 'rss' ? '    <item>\n' : '  <entry>\n';
  const close = format === 'rss' ? '    </item>\n' : '  </entry>\n';
  const start = text.indexOf(open);
  return { text: start === -1 ? '' : text.slice(start, text.lastIndexOf(close) + close.length), invalid: stats.invalidXmlChars };
}

describe('XmlWriter against the builder', () => {
  it("writes an article's HTML as the builder builds it", () => {
    fc.assert(
      fc.property(article, (a) => {
        const written = { invalidXmlChars: 0 };
        const reference = { invalidXmlChars: 0 };
        expect(articleHtml(a, written)).toBe(builtHtml(a, reference));
        expect(written.invalidXmlChars).toBe(reference.invalidXmlChars);
      }),
      { numRuns: 1500 },
    );
  });

  it("writes an article's HTML as text (asText) as escaping its HTML would, counting the same removals", () => {
    fc.assert(
      fc.property(article, (a) => {
        const asText = { invalidXmlChars: 0 };
        const escaped = { invalidXmlChars: 0 };
        expect(articleHtml(a, asText, { asText: true })).toBe(escapeXml(articleHtml(a, escaped), escaped));
        expect(asText.invalidXmlChars).toBe(escaped.invalidXmlChars);
      }),
      { numRuns: 1500 },
    );
  });

  it('writes RSS items and Atom entries as the builder builds them', async () => {
    const feed = { ...FEED, updated: '2024-03-01T00:00:00Z' };
    await fc.assert(
      fc.asyncProperty(fc.array(article, { minLength: 1, maxLength: 3 }), async (articles) => {
        const counter = { invalidXmlChars: 0 };
        const rss = articles.map((a) => built('item', builtRssItem(a, builtHtml(a, counter)), '    ', counter)).join('');
        const rssWritten = await emittedItems('rss', feed, articles);
        expect(rssWritten.text).toBe(rss);
        expect(rssWritten.invalid).toBe(counter.invalidXmlChars);
        const atom = articles.map((a) => built('entry', builtAtomEntry(a, rfc3339(feed.updated), builtHtml(a, { invalidXmlChars: 0 })), '  ', counter)).join('');
        expect((await emittedItems('atom', feed, articles)).text).toBe(atom);
      }),
      { numRuns: 600 },
    );
  });

  it('keeps a line break inside a value as it is, where the builder indented the line after it', async () => {
    const article = { ...ARTICLE, title: 'Two\nlines', paragraphs: ['one\ntwo'] };
    const parser = new XMLParser({ processEntities: true, htmlEntities: false });
    for (const format of ['rss', 'atom'] as const) {
      const { text } = await emittedItems(format, FEED, [article]);
      const parsed = parser.parse(text);
      const item = format === 'rss' ? parsed.item : parsed.entry;
      expect(item.title).toBe('Two\nlines');
      expect(item[format === 'rss' ? 'content:encoded' : 'content']).toContain('<p>one\ntwo</p>');
    }
  });
});
