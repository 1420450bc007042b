/**
 * RSS (2.0, 0.9x, 1.0/RDF) and Atom 1.0 documents → feed items, with
 * fast-xml-parser. Safety first: a document that declares entities is
 * refused before parsing (that is how "billion laughs" and external-entity
 * attacks work; feeds have no need of them), expansion is bounded anyway,
 * and nothing is ever fetched. Malformed XML is an error naming its line.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { InputError } from '../errors.js';
import type { Image } from '../model.js';
import type { FeedDocument } from './document.js';
import { decodeEntities, decodeXmlText, htmlToText } from './html.js';
import type { FeedInfo, FeedItem } from './item.js';

type Node = Record<string, unknown>;

/** Elements that may repeat, read as arrays whether they do or not. */
const REPEATING = new Set(['item', 'entry', 'link', 'category', 'author', 'contributor', 'dc:creator', 'dc:subject', 'media:content', 'media:thumbnail', 'enclosure']);

const META = XMLParser.getMetaDataSymbol() as unknown as symbol;

/** Parses a feed document; throws `InputError` (with the line) for unsafe or malformed XML. */
function parseXml(doc: FeedDocument): Node {
  refuseEntityDeclarations(doc);
  const valid = XMLValidator.validate(doc.text, { allowBooleanAttributes: true });
  if (valid !== true) {
    // The validator lists the elements still open at the end as a JSON array: a truncated document.
    const open = /^Invalid '(\[[\s\S]*\])' found/.exec(valid.err.msg)?.[1];
    const names = open === undefined ? undefined : (JSON.parse(open) as string[]);
    if (names !== undefined && names.length > 0) {
      throw new InputError(doc.file, `malformed XML: the document ends inside <${names[names.length - 1]}> (still open: ${names.map((n) => `<${n}>`).join(' ')}); is it truncated?`, doc.lines);
    }
    throw new InputError(doc.file, `malformed XML: ${valid.err.msg.replace(/\.$/, '')}`, valid.err.line);
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    textNodeName: '#text',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    // Atom text constructs may hold XHTML: kept raw, read as HTML later.
    stopNodes: ['*.entry.content', '*.entry.summary', '*.entry.title'],
    isArray: (name) => REPEATING.has(name),
    captureMetaData: true,
    // The five XML entities and numeric references; HTML's named ones too, for RSS 0.91 (its DTD defined them).
    htmlEntities: true,
    // Declared entities are refused above; this bound on what expansion may add is a second wall. (No bound on
    // the count of references: a real feed has millions of &lt; and &amp;, and they only shrink the text.)
    processEntities: { enabled: true, maxEntityCount: 1, maxExpandedLength: 1_000_000 },
  });
  try {
    return parser.parse(doc.text) as Node;
  } catch (error) {
    // Limits of the parser (nesting depth, expansion): the document is refused, not feedconv broken.
    throw new InputError(doc.file, `cannot read the XML: ${error instanceof Error ? error.message.replace(/^\[\w+\]\s*/, '') : String(error)}`);
  }
}

/** `<!ENTITY` in the prolog: refused whole, in the time it takes to find it. */
function refuseEntityDeclarations(doc: FeedDocument): void {
  const root = doc.text.search(/<[A-Za-z_]/);
  const prolog = root === -1 ? doc.text : doc.text.slice(0, root);
  const at = prolog.search(/<!ENTITY\b/i);
  if (at !== -1) {
    throw new InputError(
      doc.file,
      'the document declares XML entities (<!ENTITY>); feedconv refuses them, as they are how entity-expansion ("billion laughs") and external-entity attacks work',
      doc.lineAt(at),
    );
  }
}

/** The text of an element: a string, or the text of an element with attributes. */
function text(value: unknown): string | undefined {
  if (Array.isArray(value)) return text(value[0]);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value !== null && typeof value === 'object') return text((value as Node)['#text']);
  return undefined;
}

function list(value: unknown): unknown[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function attribute(value: unknown, name: string): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const found = (value as Node)[`@_${name}`];
  return typeof found === 'string' ? found : undefined;
}

/** The lines an element spans, from the offsets fast-xml-parser records. */
function lines(doc: FeedDocument, node: unknown): { line: number; endLine: number } {
  const meta = node !== null && typeof node === 'object' ? ((node as Record<symbol, { startIndex?: number; endIndex?: number }>)[META] ?? {}) : {};
  const line = meta.startIndex === undefined ? 1 : doc.lineAt(meta.startIndex);
  return { line, endLine: meta.endIndex === undefined ? line : doc.lineAt(meta.endIndex) };
}

export interface ParsedFeed {
  info: FeedInfo;
  items: FeedItem[];
}

/** An RSS 2.0, 0.9x or 1.0 (RDF) document. */
export function readRss(doc: FeedDocument): ParsedFeed {
  const tree = parseXml(doc);
  const root = (tree.rss ?? tree['rdf:RDF'] ?? Object.entries(tree).find(([name]) => /(?:^|:)RDF$/.test(name))?.[1]) as Node | undefined;
  if (root === undefined || typeof root !== 'object') throw new InputError(doc.file, 'not an RSS feed: no <rss> or <rdf:RDF> root element', 1);
  const channel = (root.channel ?? {}) as Node;
  if (typeof channel !== 'object') throw new InputError(doc.file, 'not an RSS feed: <channel> has no elements', 1);
  // RSS 2.0 and 0.9x put items in the channel; RSS 1.0 and 0.90 beside it.
  const items = [...list(channel.item), ...list(root.item)] as Node[];
  return {
    info: {
      ...optional('title', text(channel.title)),
      ...optional('link', text(channel.link)),
      ...optional('description', text(channel.description)),
      ...optional('language', text(channel.language) ?? text(channel['dc:language'])),
    },
    items: items.map((item) => rssItem(doc, item)),
  };
}

function rssItem(doc: FeedDocument, item: Node): FeedItem {
  if (item === null || typeof item !== 'object') return { ...lines(doc, item), tags: [], images: [], ...(typeof item === 'string' && { text: item }) };
  const content = text(item['content:encoded']);
  const description = text(item.description);
  const creators = list(item['dc:creator']).map(text).filter((name): name is string => name !== undefined && name !== '');
  return {
    ...lines(doc, item),
    // Note: an RSS title is text (as feedconv writes it); entities left by double escaping are decoded, markup is kept as written.
    title: mapDefined(text(item.title), decodeEntities),
    url: text(item.link),
    id: text(item.guid) ?? attribute(item, 'rdf:about'),
    date: text(item.pubDate) ?? text(item['dc:date']),
    byline: creators.length > 0 ? creators.join(', ') : authorName(text(item.author)),
    tags: [...list(item.category), ...list(item['dc:subject'])].map(text).filter((tag): tag is string => tag !== undefined),
    ...(content !== undefined ? { html: content, summary: description } : { html: description }),
    images: mediaImages(item),
  };
}

/** RSS `author` is an e-mail address, often with the name in parentheses: `jo@example.com (Jo Bloggs)`. */
function authorName(author: string | undefined): string | undefined {
  if (author === undefined) return undefined;
  return /\(([^()]+)\)\s*$/.exec(author)?.[1] ?? author;
}

const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#]|$)/i;

/** Media RSS `media:content` (with its description and credit) and image enclosures. */
function mediaImages(item: Node): Image[] {
  const images: Image[] = [];
  for (const media of list(item['media:content'])) {
    const url = attribute(media, 'url');
    const kind = attribute(media, 'medium') ?? attribute(media, 'type') ?? '';
    if (url === undefined || !(kind === 'image' || kind.startsWith('image/') || (kind === '' && IMAGE_FILE.test(url)))) continue;
    const node = media as Node;
    const caption = text(node['media:description']) ?? text(node['media:title']) ?? '';
    const credit = text(node['media:credit']);
    images.push({ caption: caption.trim(), ...(credit !== undefined && credit !== '' && { credit }), url });
  }
  for (const enclosure of list(item.enclosure)) {
    const url = attribute(enclosure, 'url');
    if (url !== undefined && (attribute(enclosure, 'type') ?? '').startsWith('image/')) images.push({ caption: '', url });
  }
  return images;
}

/** An Atom 1.0 document. */
export function readAtom(doc: FeedDocument): ParsedFeed {
  const tree = parseXml(doc);
  const entryDocument = tree.entry ?? Object.entries(tree).find(([name]) => /:entry$/.test(name))?.[1];
  const feed = (tree.feed ?? Object.entries(tree).find(([name]) => /:feed$/.test(name))?.[1] ?? (entryDocument === undefined ? undefined : { entry: entryDocument })) as
    | Node
    | undefined;
  if (feed === undefined || typeof feed !== 'object') throw new InputError(doc.file, 'not an Atom feed: no <feed> or <entry> root element', 1);
  const authors = list(feed.author).map((author) => text((author as Node).name)).filter((name) => name !== undefined);
  // feedconv gives an undated article's entry the feed's updated (Atom requires one) and no published: read back, it is undated again.
  const ownAtom = text(feed.generator) === 'feedconv';
  return {
    info: {
      ...optional('title', text(feed.title)),
      ...optional('link', atomLink(feed)),
      ...optional('description', text(feed.subtitle)),
      ...optional('language', attribute(feed, 'xml:lang')),
      ...optional('author', authors[0]),
    },
    items: list(feed.entry).map((entry) => atomEntry(doc, entry as Node, ownAtom)),
  };
}

/** The `alternate` link (or one with no `rel`, which means the same). */
function atomLink(node: Node): string | undefined {
  const links = list(node.link);
  const alternate = links.find((link) => (attribute(link, 'rel') ?? 'alternate') === 'alternate');
  return attribute(alternate, 'href');
}

const URN_UUID = /^urn:uuid:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

function atomEntry(doc: FeedDocument, entry: Node, ownAtom: boolean): FeedItem {
  if (entry === null || typeof entry !== 'object') return { ...lines(doc, entry), tags: [], images: [] };
  const id = text(entry.id);
  const content = atomText(entry.content);
  const summary = atomText(entry.summary);
  const title = atomText(entry.title);
  const authors = list(entry.author).map((author) => text((author as Node).name)).filter((name): name is string => name !== undefined && name !== '');
  return {
    ...lines(doc, entry),
    title: title === undefined ? undefined : title.type === 'html' ? htmlToText(title.html) : title.html,
    url: atomLink(entry),
    // feedconv writes its UUIDs as urn:uuid:…; read back, the id is the UUID again.
    id: id === undefined ? undefined : (URN_UUID.exec(id)?.[1] ?? id),
    date: text(entry.published) ?? (ownAtom ? undefined : text(entry.updated)),
    byline: authors.length > 0 ? authors.join(', ') : undefined,
    tags: list(entry.category).map((category) => attribute(category, 'term') ?? text(category)).filter((tag): tag is string => tag !== undefined),
    ...(content !== undefined && (content.type === 'text' ? { text: content.html } : { html: content.html })),
    ...(summary !== undefined && (content === undefined ? { html: summary.html } : { summary: summary.html })),
    images: mediaImages(entry),
  };
}

/**
 * An Atom text construct, kept raw by the parser: `type="html"` is escaped
 * HTML, `xhtml` is markup inside a div, `text` (the default) is text.
 */
function atomText(node: unknown): { type: 'text' | 'html'; html: string } | undefined {
  const raw = text(node);
  if (raw === undefined) return undefined;
  const type = attribute(node, 'type') ?? 'text';
  if (type === 'xhtml') return { type: 'html', html: raw };
  const decoded = decodeXmlText(raw);
  return type === 'html' || type === 'text/html' ? { type: 'html', html: decoded } : { type: 'text', html: decoded };
}

function mapDefined(value: string | undefined, map: (value: string) => string): string | undefined {
  return value === undefined ? undefined : map(value);
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' ? {} : ({ [key]: trimmed } as Record<K, string>);
}
