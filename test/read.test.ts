/**
 * Feeds as input (#8): every sample survives text → feed → feedconv → json;
 * feeds written by other generators and hand-written real-world shapes read
 * correctly; unsafe and malformed documents are refused with file:line.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Feed as FeedGenerator } from 'feed';
import { generateAtomFeed, generateJsonFeed, generateRssFeed } from 'feedsmith';
import RSS from 'rss';
import { describe, expect, it } from 'vitest';
import { toInstant } from '../src/emit/dates.js';
import type { Article, Feed } from '../src/model.js';
import { detectFormat } from '../src/read/sniff.js';
import { parseFeedDate } from '../src/read/item.js';
import { ROOT, runBin, runMain } from './helpers.js';

const SAMPLES = readdirSync(join(ROOT, 'samples')).filter((name) => name.endsWith('.txt')).sort();
const FIXTURES = join(ROOT, 'test', 'fixtures', 'feeds');
const fixture = (name: string): string => join(FIXTURES, name);

async function toJson(args: string[], stdin?: string): Promise<Feed> {
  const result = await runMain([...args, '-f', 'json', '-q'], stdin === undefined ? {} : { stdin });
  return JSON.parse(result.stdout) as Feed;
}

const instant = (date: string | undefined): number | undefined => (date === undefined ? undefined : toInstant(date).getTime());

/** What a round trip must keep of each article. */
function kept(article: Article): unknown {
  return { id: article.id, title: article.title, paragraphs: article.paragraphs, images: article.images, published: instant(article.published) };
}

describe('round trip: text → feed → feedconv → json keeps titles, paragraphs, images, dates and ids', () => {
  for (const sample of SAMPLES) {
    it(sample, async () => {
      const path = join(ROOT, 'samples', sample);
      const direct = await toJson([path]);
      expect(direct.items.length).toBeGreaterThan(0);
      for (const format of ['rss', 'atom', 'jsonfeed', 'ndjson', 'json']) {
        const middle = await runMain([path, '-f', format, '-q']);
        // Read back from standard input, format sniffed from the content.
        const back = await toJson(['-'], middle.stdout);
        expect(back.items.map(kept), `${sample} through ${format}`).toEqual(direct.items.map(kept));
      }
    });
  }

  it('keeps headings, bylines, tags and the feed title through RSS', async () => {
    const path = join(ROOT, 'samples', 'gulf-images.txt');
    const direct = await toJson([path, '--tags']);
    const rss = await runMain([path, '-f', 'rss', '--tags', '-q']);
    const back = await toJson(['-'], rss.stdout);
    expect(back.title).toBe('gulf-images');
    expect(back.items.map((a) => [a.byline, a.headings, a.tags])).toEqual(direct.items.map((a) => [a.byline, a.headings, a.tags]));
  });
});

describe('feeds from other generators', () => {
  const articles = [
    { title: 'Ferry Service Resumes After Storm', link: 'https://harbour.example/ferry', date: new Date('2025-03-04T09:15:00Z'), author: 'Ana Lima', html: '<p>The island ferry resumed on Tuesday.</p><p>Extra sailings &amp; free rebooking.</p>' },
    { title: 'Fish Market Reopens', link: 'https://harbour.example/market', date: new Date('2025-03-03T18:00:00Z'), author: 'Harbour Desk', html: '<p>The market reopens at six.</p>' },
  ];
  const expected = [
    { title: 'Ferry Service Resumes After Storm', url: 'https://harbour.example/ferry', published: Date.parse('2025-03-04T09:15:00Z'), byline: 'Ana Lima', paragraphs: ['The island ferry resumed on Tuesday.', 'Extra sailings & free rebooking.'] },
    { title: 'Fish Market Reopens', url: 'https://harbour.example/market', published: Date.parse('2025-03-03T18:00:00Z'), byline: 'Harbour Desk', paragraphs: ['The market reopens at six.'] },
  ];
  const essentials = (feed: Feed): unknown =>
    feed.items.map((a) => ({ title: a.title, url: a.url, published: instant(a.published), byline: a.byline, paragraphs: a.paragraphs }));

  function feedPackage(): FeedGenerator {
    const feed = new FeedGenerator({ title: 'Harbour Times', id: 'https://harbour.example/', link: 'https://harbour.example/', copyright: 'none', updated: new Date('2025-03-04T10:00:00Z') });
    for (const a of articles) feed.addItem({ title: a.title, id: a.link, link: a.link, date: a.date, published: a.date, content: a.html, author: [{ name: a.author }] });
    return feed;
  }

  const outputs: Record<string, () => string> = {
    'feed: rss2': () => feedPackage().rss2(),
    'feed: atom1': () => feedPackage().atom1(),
    'feed: json1': () => feedPackage().json1(),
    'feedsmith: rss': () =>
      generateRssFeed({
        title: 'Harbour Times',
        link: 'https://harbour.example/',
        description: 'News',
        items: articles.map((a) => ({ title: a.title, link: a.link, guid: { value: a.link }, pubDate: a.date, content: { encoded: a.html }, dc: { creators: [a.author] } })),
      }) as string,
    'feedsmith: atom': () =>
      generateAtomFeed({
        id: 'https://harbour.example/',
        title: { value: 'Harbour Times' },
        updated: new Date('2025-03-04T10:00:00Z'),
        entries: articles.map((a) => ({ id: a.link, title: { value: a.title }, updated: a.date, published: a.date, links: [{ href: a.link }], authors: [{ name: a.author }], content: { value: a.html, type: 'html' } })),
      }) as string,
    'feedsmith: json': () =>
      JSON.stringify(
        generateJsonFeed({
          title: 'Harbour Times',
          items: articles.map((a) => ({ id: a.link, url: a.link, title: a.title, content_html: a.html, date_published: a.date, authors: [{ name: a.author }] })),
        }),
      ),
    'rss package': () => {
      const feed = new RSS({ title: 'Harbour Times', site_url: 'https://harbour.example/', feed_url: 'https://harbour.example/rss.xml' });
      for (const a of articles) feed.item({ title: a.title, url: a.link, guid: a.link, date: a.date, author: a.author, description: a.html });
      return feed.xml({ indent: true });
    },
  };

  for (const [name, make] of Object.entries(outputs)) {
    it(name, async () => {
      const feed = await toJson(['-'], make());
      expect(essentials(feed)).toEqual(expected);
      expect(feed.title).toBe('Harbour Times');
      expect(feed.items.every((a) => a.dateSource === 'feed')).toBe(true);
    });
  }
});

describe('hand-written real-world shapes', () => {
  it('RSS 2.0 with CDATA-wrapped and entity-escaped HTML, media:content, odd dates', async () => {
    const feed = await toJson([fixture('cdata-rss.xml')]);
    expect(feed).toMatchObject({ title: 'Harbour Times', link: 'https://harbour.example/', description: 'News from the harbour', language: 'en-gb' });
    const [ferry, market] = feed.items as [Article, Article];
    expect(ferry).toMatchObject({
      id: 'https://harbour.example/news/ferry-resumes',
      url: 'https://harbour.example/news/ferry-resumes',
      published: '2025-03-04T09:15:00Z',
      dateSource: 'feed',
      byline: 'Ana Lima',
      tags: ['Transport', 'Weather'],
      summary: 'The ferry is back.',
      images: [{ caption: 'The ferry leaves the harbour on Tuesday.', credit: 'Photo: Harbour Times', url: 'https://harbour.example/img/ferry.jpg' }],
      // <br> splits, <script>/<style> dropped, list items are paragraphs, h3 a heading.
      paragraphs: [
        'The island ferry resumed on Tuesday after three days of storms.',
        'Operators said the timetable would be back to normal by Thursday & extra sailings were planned.',
        'Passengers were asked to check online.',
        'What changes',
        'Two extra sailings',
        'Free rebooking',
      ],
      headings: [3],
      source: { line: 8, endLine: 23 },
    });
    expect(market).toMatchObject({
      // Double-escaped entity in the title, RFC 822 with a named zone and no seconds, author in RSS's e-mail form.
      title: 'Fish Market & Café Reopens',
      published: '2025-03-03T23:00:00Z',
      byline: 'Harbour Desk',
      paragraphs: ['The market reopens with a new café.', 'Stalls open at six.'],
      images: [{ caption: 'Stalls at dawn.', credit: 'J. Doe', url: 'https://harbour.example/img/market.jpg' }],
    });
  });

  it('RSS 1.0 (RDF) in ISO-8859-1', async () => {
    const feed = await toJson([fixture('rdf.xml')]);
    expect(feed).toMatchObject({ title: 'Old Portal', language: 'fr' });
    expect(feed.items[0]).toMatchObject({
      id: 'https://old.example/a/1',
      title: 'Café des Arts ouvre',
      published: '2024-05-02T08:00:00+02:00',
      byline: 'Marie Dupont',
      tags: ['Culture'],
      paragraphs: ['Le café ouvre ses portes le 2 mai.'],
    });
  });

  it('RSS 0.91 with its Netscape DOCTYPE (never fetched) and HTML entities', async () => {
    const result = await runMain([fixture('rss091.xml'), '-f', 'json']);
    expect(result.exitCode).toBe(0);
    const feed = JSON.parse(result.stdout) as Feed;
    expect(feed.items[0]).toMatchObject({ title: 'Café Opens Downtown', url: 'http://old.example/cafe', paragraphs: ['A new café opened on Main Street on 2 May 1999.'] });
    expect(feed.items[0]?.published).toBeUndefined();
  });

  it('Atom with xhtml, text and CDATA html content', async () => {
    const feed = await toJson([fixture('xhtml-atom.xml')]);
    expect(feed).toMatchObject({ title: 'Lab Notes', description: 'Notes from the lab', link: 'https://lab.example/', language: 'en', author: 'Lab Team' });
    expect(feed.items.map((a) => ({ id: a.id, title: a.title, paragraphs: a.paragraphs, published: a.published }))).toEqual([
      { id: 'tag:lab.example,2025:results', title: 'Results are In', paragraphs: ['The trial met its primary goal.', 'Next steps', 'A second phase starts in June.'], published: '2025-04-02T10:00:00Z' },
      { id: 'https://lab.example/plain', title: 'Plain Text Entry', paragraphs: ['First paragraph of plain text.', 'Second paragraph <not markup>.'], published: '2025-04-01' },
      { id: '1b4e28ba-2fa1-41d2-883f-0016d3cca427', title: 'Escaped HTML Entry', paragraphs: ['Inside CDATA.', 'Two & three.'], published: '2025-03-30T08:00:00+03:00' },
    ]);
    expect(feed.items[0]).toMatchObject({ headings: [1], byline: 'Dr. Ren', tags: ['science'], summary: 'The results of the trial.' });
  });

  it('an id that is not a UUID stays the entry id in Atom when it is an IRI, and becomes a stable urn:uuid when not', async () => {
    const atom = await runMain([fixture('xhtml-atom.xml'), '-f', 'atom']);
    expect(atom.stdout).toContain('<id>tag:lab.example,2025:results</id>');
    expect(atom.stdout).toContain('<id>urn:uuid:1b4e28ba-2fa1-41d2-883f-0016d3cca427</id>');
    const rss = '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>A</title><guid>12345</guid><description>B.</description></item></channel></rss>';
    const first = await runMain(['-', '-f', 'atom'], { stdin: rss });
    expect(first.stdout).toMatch(/<id>urn:uuid:[0-9a-f-]{36}<\/id>/);
    expect((await runMain(['-', '-f', 'atom'], { stdin: rss })).stdout).toBe(first.stdout);
  });

  it('an Atom entry document reads as a feed of one', async () => {
    const entry = '<?xml version="1.0"?>\n<entry xmlns="http://www.w3.org/2005/Atom">\n  <id>tag:x,2025:1</id>\n  <title>Alone</title>\n  <updated>2025-01-02T03:04:05Z</updated>\n  <content type="html">&lt;p&gt;Just one.&lt;/p&gt;</content>\n</entry>\n';
    const feed = await toJson(['-'], entry);
    expect(feed.items.map((a) => [a.id, a.title, a.paragraphs, a.published, a.source.line])).toEqual([['tag:x,2025:1', 'Alone', ['Just one.'], '2025-01-02T03:04:05Z', 2]]);
  });

  it('feed dates in the formats feeds really use', () => {
    expect(parseFeedDate('Tue, 04 Mar 2025 09:15:00 +0000')).toBe('2025-03-04T09:15:00Z');
    expect(parseFeedDate('Tue, 4 Mar 2025 09:15 PST')).toBe('2025-03-04T17:15:00Z');
    expect(parseFeedDate('04 Mar 25 09:15:00 UT')).toBe('2025-03-04T09:15:00Z');
    expect(parseFeedDate('2025-03-04T09:15:00.123+0530')).toBe('2025-03-04T09:15:00+05:30');
    expect(parseFeedDate('2025-03-04 09:15')).toBe('2025-03-04T09:15:00');
    expect(parseFeedDate('2025-03-04 09:15', 'Asia/Riyadh')).toBe('2025-03-04T09:15:00+03:00');
    expect(parseFeedDate('March 4, 2025')).toBe('2025-03-04');
    expect(parseFeedDate('2025-13-45')).toBeUndefined();
    expect(parseFeedDate('soon')).toBeUndefined();
  });

  it('an unreadable item date is a warning naming the item line; --date dates it', async () => {
    const rss = '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>x</title>\n<item><title>A</title><pubDate>someday</pubDate><description>B.</description></item>\n</channel></rss>\n';
    const result = await runMain(['-', '-f', 'json', '--date', '2025-01-01'], { stdin: rss });
    expect(result.stderr).toMatch(/^-:3: warning: cannot read the date 'someday'/m);
    expect((JSON.parse(result.stdout) as Feed).items[0]).toMatchObject({ published: '2025-01-01', dateSource: 'option' });
  });

  it('the input feed lends its title and link; flags win', async () => {
    const feed = await toJson([fixture('cdata-rss.xml'), '--title', 'Mine']);
    expect(feed).toMatchObject({ title: 'Mine', link: 'https://harbour.example/' });
  });
});

describe('sniffing the content, not the name', () => {
  it.each([
    ['<?xml version="1.0"?>\n<rss version="2.0">', 'rss'],
    ['<!-- c -->\n<rdf:RDF xmlns:rdf="x">', 'rss'],
    ['\uFEFF<?xml version="1.0"?><!DOCTYPE feed [ ]><feed xmlns="http://www.w3.org/2005/Atom">', 'atom'],
    ['<atom:feed xmlns:atom="http://www.w3.org/2005/Atom">', 'atom'],
    ['<?xml version="1.0"?>\n<entry xmlns="http://www.w3.org/2005/Atom">', 'atom'],
    ['{\n  "version": "https://jsonfeed.org/version/1.1",\n  "title": "x"', 'jsonfeed'],
    ['{\n  "title": "x",\n  "generator": "feedconv",\n  "items": []\n}\n', 'json'],
    ['{"id":"a","title":"b"}\n{"id":"c"}\n', 'ndjson'],
    ['<!DOCTYPE html>\n<html><body>A page</body></html>', 'text'],
    ['[Photo] A caption\n\nHeadline', 'text'],
    ['{Breaking} Headline\n', 'text'],
    ['<<< Breaking >>>\nHeadline', 'text'],
    ['Headline\n\nBody.', 'text'],
  ])('%j → %s', (head, format) => {
    expect(detectFormat(head, 'x')).toBe(format);
  });

  it('an XML document whose root is not a feed is refused with its line', () => {
    expect(() => detectFormat('<?xml version="1.0"?>\n\n<html>', 'page.xml')).toThrow(/not a feed: the root element is <html>/);
  });

  it('--from text reads a feed file as a text dump; --from rss on JSON is refused', async () => {
    const text = await runMain([fixture('rss091.xml'), '--from', 'text', '-f', 'json']);
    expect(text.exitCode).toBe(0);
    expect((JSON.parse(text.stdout) as Feed).items[0]?.title).toMatch(/^<\?xml/);
    const wrong = await runMain([fixture('not-a-feed.json'), '--from', 'rss', '-f', 'json']);
    expect(wrong.exitCode).toBe(1);
    expect(wrong.stderr).toMatch(/not-a-feed\.json:1: error: malformed XML/);
  });
});

describe('unsafe and malformed feeds through the real bin', () => {
  it.each([
    ['bomb.xml', /bomb\.xml:3: error: the document declares XML entities/],
    ['xxe.xml', /xxe\.xml:2: error: the document declares XML entities/],
    ['truncated.xml', /truncated\.xml:7: error: malformed XML: the document ends inside <description>/],
    ['wrong-root.xml', /wrong-root\.xml:2: error: not a feed: the root element is <html>/],
    ['not-a-feed.json', /not-a-feed\.json:1: error: not a feed: expected feedconv JSON/],
  ])('%s: exit 1, file:line, no stack trace, fast', async (name, message) => {
    const started = performance.now();
    const result = await runBin([fixture(name), '-f', 'rss']);
    // A budget, not a benchmark: an expanding bomb would take minutes and gigabytes.
    expect(performance.now() - started).toBeLessThan(5000);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it('a real feed with a million escaped characters reads; one nested past the parser\'s depth is refused, not a crash', async () => {
    const many = `<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>A &amp; B</title><description>${'&lt;b&gt;x&lt;/b&gt; &amp; '.repeat(200_000)}</description></item></channel></rss>`;
    const read = await runMain(['-', '-f', 'json'], { stdin: many });
    expect(read.exitCode).toBe(0);
    expect((JSON.parse(read.stdout) as Feed).items[0]?.paragraphs[0]).toMatch(/^x & x & /);
    const deep = `<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>${'<a>'.repeat(200)}deep${'</a>'.repeat(200)}</title></item></channel></rss>`;
    const refused = await runMain(['-', '-f', 'json'], { stdin: deep });
    expect(refused.exitCode).toBe(1);
    expect(refused.stderr).toMatch(/^-: error: cannot read the XML: Maximum nested tags exceeded/m);
  });

  it('malformed JSON names the line of the fault', async () => {
    const result = await runMain(['-', '-f', 'rss'], { stdin: '{\n  "version": "https://jsonfeed.org/version/1.1",\n  "items": [\n    {"id": "1",}\n  ]\n}\n' });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/^-:4: error: malformed JSON/m);
  });

  it('NDJSON: a bad line is an error naming it; the other lines are converted', async () => {
    const direct = await runMain([join(ROOT, 'samples', 'aawsat-2024.txt'), '-f', 'ndjson']);
    const lines = direct.stdout.trim().split('\n');
    const broken = [lines[0], '{"id": "x", "title": 3}', 'not json', lines[1]].join('\n');
    const result = await runMain(['-', '-f', 'json', '--from', 'ndjson'], { stdin: broken });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/^-:2: error: not a feedconv article/m);
    expect(result.stderr).toMatch(/^-:3: error: malformed JSON/m);
    expect((JSON.parse(result.stdout) as Feed).items.map((a) => a.source.line)).toEqual([1, 4]);
  });

  it('a feed over --max-feed-bytes is refused before it is read whole', async () => {
    const rss = readFileSync(fixture('cdata-rss.xml'), 'utf8');
    const result = await runMain([fixture('cdata-rss.xml'), '--max-feed-bytes', '1024', '-f', 'json']);
    expect(rss.length).toBeGreaterThan(1024);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/cdata-rss\.xml: error: feed is larger than --max-feed-bytes \(1024 bytes\)/);
  });

  it('a batch of feeds: one output per feed, a bad one reported while the others convert', async () => {
    const out = mkdtempSync(join(tmpdir(), 'feedconv-read-'));
    const result = await runBin([`${FIXTURES}/{cdata-rss,rdf,truncated}.xml`, '--out-dir', join(out, 'md'), '-f', 'md,jsonfeed']);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/truncated\.xml:7: error/);
    expect(readdirSync(join(out, 'md')).sort()).toEqual(['cdata-rss.json', 'cdata-rss.md', 'rdf.json', 'rdf.md']);
    expect(readFileSync(join(out, 'md', 'rdf.md'), 'utf8')).toContain('Café des Arts ouvre');
  });
});
