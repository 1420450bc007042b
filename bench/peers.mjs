// A peer generator emitting the same articles, already parsed, as feedconv's NDJSON
// gives them: `node bench/peers.mjs feed|feedsmith rss|atom|jsonfeed IN.ndjson OUT`.
// Both build the whole feed in memory before writing it, as they are made to.
import { createReadStream, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { Feed } from 'feed';
import { generateAtomFeed, generateJsonFeed, generateRssFeed } from 'feedsmith';

const [library, format, input, output] = process.argv.slice(2);
const articles = [];
for await (const line of createInterface({ input: createReadStream(input), crlfDelay: Infinity })) {
  if (line !== '') articles.push(JSON.parse(line));
}
const html = (a) => a.paragraphs.map((p) => `<p>${p.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'))}</p>`).join('');
const date = (a) => new Date(a.published ?? 0);
const site = 'https://example.com/';
let text;
if (library === 'feed') {
  const feed = new Feed({ title: 'bench', id: site, link: site, copyright: '', updated: new Date(0) });
  for (const a of articles) {
    feed.addItem({ title: a.title, id: `urn:uuid:${a.id}`, link: `${site}${a.slug}`, date: date(a), description: a.summary, content: html(a), ...(a.byline && { author: [{ name: a.byline }] }) });
  }
  text = format === 'rss' ? feed.rss2() : format === 'atom' ? feed.atom1() : feed.json1();
} else {
  if (format === 'rss') {
    text = generateRssFeed({
      title: 'bench',
      link: site,
      description: 'bench',
      items: articles.map((a) => ({ title: a.title, link: `${site}${a.slug}`, guid: { value: a.id }, pubDate: date(a), description: a.summary, content: { encoded: html(a) }, ...(a.byline && { dc: { creators: [a.byline] } }) })),
    });
  } else if (format === 'atom') {
    text = generateAtomFeed({
      id: site,
      title: { value: 'bench' },
      updated: new Date(0),
      entries: articles.map((a) => ({ id: `urn:uuid:${a.id}`, title: { value: a.title }, updated: date(a), links: [{ href: `${site}${a.slug}` }], summary: { value: a.summary }, content: { value: html(a), type: 'html' } })),
    });
  } else {
    text = JSON.stringify(generateJsonFeed({ title: 'bench', items: articles.map((a) => ({ id: a.id, url: `${site}${a.slug}`, title: a.title, content_html: html(a), summary: a.summary, date_published: date(a) })) }));
  }
}
writeFileSync(output, text);
