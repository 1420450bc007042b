import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { emitters } from '../src/emit/index.js';
import { escapeMarkdown } from '../src/emit/md.js';
import { xmlSafe } from '../src/emit/xml.js';
import { Article, type FeedMeta, Feed } from '../src/model.js';
import { ARTICLE, BARE, FEED, collect, stream } from './fixtures.js';

async function render(format: string, feed: FeedMeta = FEED, items = [ARTICLE, BARE]) {
  const stats = { invalidXmlChars: 0 };
  const emitter = emitters[format];
  if (!emitter) throw new Error(format);
  const text = await collect(emitter.emit(feed, stream(...items), { stats }));
  return { text, stats };
}

const parser = new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: false });

describe('json', () => {
  it('writes the feed object, valid against the model, keys in model order', async () => {
    const { text } = await render('json');
    const feed = JSON.parse(text);
    expect(Feed.safeParse(feed).success).toBe(true);
    expect(Object.keys(feed)).toEqual(['title', 'description', 'link', 'language', 'generator', 'items']);
    expect(Object.keys(feed.items[0])).toEqual(Object.keys(Article.shape).filter((k) => k in ARTICLE));
    expect(feed.items).toEqual([ARTICLE, BARE]);
  });

  it('writes an empty items array for no articles', async () => {
    expect(JSON.parse((await render('json', FEED, [])).text).items).toEqual([]);
  });
});

describe('ndjson', () => {
  it('writes one article per line', async () => {
    const lines = (await render('ndjson')).text.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(JSON.parse(lines[0] as string)).toEqual(ARTICLE);
    expect(JSON.parse(lines[1] as string)).toEqual(BARE);
  });
});

describe('rss', () => {
  it('writes well-formed RSS 2.0 with the channel and item fields', async () => {
    const { text } = await render('rss');
    expect(XMLValidator.validate(text)).toBe(true);
    const { rss } = parser.parse(text);
    expect(rss['@_version']).toBe('2.0');
    expect(rss.channel).toMatchObject({ title: 'Test feed', link: 'https://example.com/', description: 'Fixture articles', language: 'en' });
    const [first, second] = rss.channel.item;
    expect(first).toMatchObject({
      title: 'Quake & “aftershocks” <hit> coast',
      link: ARTICLE.url,
      guid: { '#text': ARTICLE.id, '@_isPermaLink': 'false' },
      pubDate: 'Fri, 16 Feb 2024 00:00:00 GMT',
      'dc:creator': { '#text': 'Jane Doe', '@_xmlns:dc': 'http://purl.org/dc/elements/1.1/' },
      description: ARTICLE.summary,
    });
    expect(first['content:encoded']).toBe(
      '<figure><figcaption>Rescuers at work, February 16, 2024. <span class="credit">(Photo by A. Person / AFP)</span></figcaption></figure>' +
        '<figure><figcaption>No credit here</figcaption></figure>' +
        '<p>OSLO, March 3 (Reuters) - The quake struck at dawn.</p>' +
        '<p>Officials said &lt;script&gt;alert(1)&lt;/script&gt; &amp; more.</p>',
    );
    expect(second.pubDate).toBeUndefined();
    expect(second['dc:creator']).toBeUndefined();
  });

  it('gives pubDate in GMT with the right weekday, converting offsets', async () => {
    const items = [{ ...BARE, published: '2024-03-03T23:30:00-05:00' }];
    const { rss } = parser.parse((await render('rss', FEED, items)).text);
    expect(rss.channel.item.pubDate).toBe('Mon, 04 Mar 2024 04:30:00 GMT');
  });

  it('drops characters XML 1.0 forbids, and counts them', async () => {
    const dirty = { ...BARE, title: 'Bad\u0000 \u0008title\uFFFE', paragraphs: ['a\u001Fb ]]> c'] };
    const { text, stats } = await render('rss', FEED, [dirty]);
    expect(XMLValidator.validate(text)).toBe(true);
    expect(stats.invalidXmlChars).toBe(4);
    expect(parser.parse(text).rss.channel.item.title).toBe('Bad title');
    expect(parser.parse(text).rss.channel.item['content:encoded']).toBe('<p>ab ]]&gt; c</p>');
  });

  it('falls back to the title for the required channel description and writes lastBuildDate only when given', async () => {
    const feed = { title: 'T', generator: 'feedconv' };
    const { rss } = parser.parse((await render('rss', feed, [])).text);
    expect(rss.channel.description).toBe('T');
    expect(rss.channel.lastBuildDate).toBeUndefined();
    const dated = parser.parse((await render('rss', { ...feed, updated: '2024-01-01T00:00:00Z' }, [])).text);
    expect(dated.rss.channel.lastBuildDate).toBe('Mon, 01 Jan 2024 00:00:00 GMT');
  });
});

describe('atom', () => {
  it('writes an Atom 1.0 feed: ids, author fallback, RFC 3339 dates, html content, links', async () => {
    const feed = { ...FEED, feedUrl: 'https://example.com/atom.xml', updated: '2024-02-16' };
    const { text } = await render('atom', feed);
    expect(XMLValidator.validate(text)).toBe(true);
    const root = parser.parse(text).feed;
    expect(root).toMatchObject({
      '@_xmlns': 'http://www.w3.org/2005/Atom',
      '@_xml:lang': 'en',
      id: 'https://example.com/atom.xml',
      title: 'Test feed',
      subtitle: 'Fixture articles',
      updated: '2024-02-16T00:00:00Z',
      author: { name: 'Test feed' },
      generator: 'feedconv',
    });
    expect(root.link).toEqual([
      { '@_rel': 'alternate', '@_type': 'text/html', '@_href': 'https://example.com/' },
      { '@_rel': 'self', '@_type': 'application/atom+xml', '@_href': 'https://example.com/atom.xml' },
    ]);
    const [first, second] = root.entry;
    expect(first).toMatchObject({
      id: `urn:uuid:${ARTICLE.id}`,
      title: ARTICLE.title,
      link: { '@_rel': 'alternate', '@_href': ARTICLE.url },
      published: '2024-02-16T00:00:00Z',
      updated: '2024-02-16T00:00:00Z',
      author: { name: 'Jane Doe' },
      summary: ARTICLE.summary,
      content: { '@_type': 'html' },
    });
    expect(first.content['#text']).toContain('<p>Officials said &lt;script&gt;alert(1)&lt;/script&gt; &amp; more.</p>');
    // An undated entry carries the feed's updated, and no published.
    expect(second).toMatchObject({ updated: '2024-02-16T00:00:00Z' });
    expect(second.published).toBeUndefined();
  });

  it('uses the feed id of last resort and the epoch when nothing else is known', async () => {
    const root = parser.parse((await render('atom', { title: 'T', generator: 'feedconv' }, [BARE])).text).feed;
    expect(root.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(root.updated).toBe('1970-01-01T00:00:00Z');
    expect(root.author).toEqual({ name: 'T' });
  });
});

describe('jsonfeed', () => {
  it('writes JSON Feed 1.1 with html and text content, RFC 3339 dates, authors', async () => {
    const feed = JSON.parse((await render('jsonfeed', { ...FEED, feedUrl: 'https://example.com/feed.json', author: 'Desk' })).text);
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Test feed',
      home_page_url: 'https://example.com/',
      feed_url: 'https://example.com/feed.json',
      language: 'en',
      authors: [{ name: 'Desk' }],
    });
    expect(feed.items[0]).toMatchObject({
      id: ARTICLE.id,
      url: ARTICLE.url,
      title: ARTICLE.title,
      summary: ARTICLE.summary,
      date_published: '2024-02-16T00:00:00Z',
      authors: [{ name: 'Jane Doe' }],
      content_text:
        'Rescuers at work, February 16, 2024. (Photo by A. Person / AFP)\n\nNo credit here\n\nOSLO, March 3 (Reuters) - The quake struck at dawn.\n\nOfficials said <script>alert(1)</script> & more.',
    });
    expect(feed.items[0].content_html).toContain('<p>Officials said &lt;script&gt;alert(1)&lt;/script&gt; &amp; more.</p>');
    expect(feed.items[1].date_published).toBeUndefined();
  });
});

describe('xmlSafe', () => {
  it('keeps tab, LF, CR, astral characters and removes lone surrogates', () => {
    const counter = { invalidXmlChars: 0 };
    expect(xmlSafe('a\tb\nc\rd 😀 \uD800e', counter)).toBe('a\tb\nc\rd 😀 e');
    expect(counter.invalidXmlChars).toBe(1);
    // A low surrogate alone, at the start or after a pair; controls and U+FFFE/U+FFFF; plain text passed as is.
    expect(xmlSafe('\uDC00a😀\uDC00b', counter)).toBe('a😀b');
    expect(xmlSafe('a\u0001b\u000Bc\uFFFEd\uFFFF', counter)).toBe('abcd');
    expect(counter.invalidXmlChars).toBe(7);
    const plain = 'Plain “text” — with 😀';
    expect(xmlSafe(plain, counter)).toBe(plain);
  });
});

describe('md', () => {
  it('writes the feed title, then a section per article with meta line, images and paragraphs', async () => {
    const { text } = await render('md');
    expect(text).toBe(
      [
        '# Test feed',
        '',
        'Fixture articles',
        '',
        '## Quake & “aftershocks” \\<hit\\> coast',
        '',
        'Published 2024-02-16 · By Jane Doe',
        '',
        '> Rescuers at work, February 16, 2024. _(Photo by A. Person / AFP)_',
        '>',
        '> No credit here',
        '',
        'OSLO, March 3 (Reuters) - The quake struck at dawn.',
        '',
        'Officials said \\<script\\>alert(1)\\</script\\> & more.',
        '',
        '## Second story',
        '',
        'Body.',
        '',
      ].join('\n'),
    );
  });

  it('escapes what Markdown would read as markup', () => {
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
    expect(escapeMarkdown('- not a bullet')).toBe('\\- not a bullet');
    expect(escapeMarkdown('> not a quote')).toBe('\\> not a quote');
    expect(escapeMarkdown('*bold* _it_ `code` [link](x) <b> ~~s~~ a|b')).toBe(
      '\\*bold\\* \\_it\\_ \\`code\\` \\[link\\](x) \\<b\\> \\~\\~s\\~\\~ a\\|b',
    );
    expect(escapeMarkdown('AT&T &amp; R&D')).toBe('AT\\&T \\&amp; R\\&D');
    expect(escapeMarkdown('Plain text, 2024.')).toBe('Plain text, 2024.');
    // An email address, which GFM would link (and markdownlint call a bare URL); a handle or an `@` alone is left.
    expect(escapeMarkdown('Contact ir@acme.example or @acme at 5 @ 6')).toBe('Contact ir\\@acme.example or @acme at 5 @ 6');
  });
});

describe('BUILTIN_FORMATS', () => {
  it('names the registry, in its order, for the help text that must not load the emitters', async () => {
    const { BUILTIN_FORMATS } = await import('../src/emit/names.js');
    const { emitters } = await import('../src/emit/index.js');
    expect([...BUILTIN_FORMATS]).toEqual(Object.keys(emitters));
  });
});
