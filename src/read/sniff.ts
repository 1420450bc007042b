/**
 * What an input is, told from its first bytes (never its name): an XML feed
 * by its root element, JSON by its shape, else a text dump. The bytes read to
 * tell are handed back in a source that replays them, so standard input works.
 */
import { InputError } from '../errors.js';
import { byteOrderMark } from '../input/decode.js';
import type { Source } from '../input/sources.js';
import type { InputFormat } from '../model.js';

export type ReadFormat = Exclude<InputFormat, 'auto'>;

/** Enough of the start to see past an XML prolog or a first NDJSON line. */
const HEAD_BYTES = 64 * 1024;

const JSON_FEED_VERSION = /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//;
/** `<?xml …?>`, `<!-- … -->`, `<!DOCTYPE …>` (with an internal subset) and other processing instructions before the root. */
const PROLOG = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>)*/i;

/**
 * Reads as much of the head of a source as it takes to tell its format (a
 * text dump: its first line; XML: its root element; JSON: its first line),
 * so a dump piped in slowly still streams; returns the format and a source
 * that reads the whole input again from its first byte.
 */
export async function sniffSource(source: Source, from: InputFormat): Promise<{ format: ReadFormat; source: Source }> {
  if (from === 'text') return { format: 'text', source };
  const iterator = source.read()[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let length = 0;
  let done = false;
  let format: ReadFormat | undefined = from === 'auto' ? undefined : from;
  while (format === undefined) {
    const next = await iterator.next();
    if (next.done) done = true;
    else {
      head.push(next.value);
      length += next.value.length;
    }
    // Note: a first NDJSON line may be longer than the usual head; past a few heads, decide with what there is.
    format = detectFormat(decodeHead(Buffer.concat(head)), source.name, done || length >= 4 * HEAD_BYTES);
  }
  const replay: Source = {
    name: source.name,
    async *read() {
      yield* head;
      if (done) return;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
    },
  };
  return { format, source: replay };
}

/** The head as text: UTF-8 or UTF-16 by BOM; enough to read markup and JSON punctuation. */
function decodeHead(bytes: Buffer): string {
  return new TextDecoder(byteOrderMark(bytes)?.encoding ?? 'utf-8').decode(bytes);
}

/**
 * The format of a document from its start, or undefined while the head is too
 * short to tell (and `final` is false). An XML document (with its `<?xml`
 * declaration) whose root is not a feed is refused; other markup, such as a
 * saved HTML page, is read as a text dump.
 */
export function detectFormat(head: string, file: string, final = true): ReadFormat | undefined {
  const text = head.replace(/^\uFEFF/, '');
  const start = text.trimStart();
  if (start === '') return final ? 'text' : undefined;
  const firstLineDone = final || start.includes('\n');
  if (/^<(?:[?!]|[A-Za-z_])/.test(start)) {
    const prolog = PROLOG.exec(start)?.[0] ?? '';
    const root = /^<([A-Za-z_][\w:.-]*)/.exec(start.slice(prolog.length))?.[1];
    if (root === undefined && !final && start.length < HEAD_BYTES) return undefined;
    if (root === 'rss' || root === 'rdf:RDF' || /(?:^|:)RDF$/.test(root ?? '')) return 'rss';
    // An Atom entry document (RFC 4287 §4.1.2) reads as a feed of one.
    if (root === 'feed' || root === 'entry' || /:(?:feed|entry)$/.test(root ?? '')) return 'atom';
    if (!start.startsWith('<?xml')) return 'text';
    const line = 1 + (text.slice(0, text.length - start.length + prolog.length).match(/\n/g)?.length ?? 0);
    throw new InputError(
      file,
      root === undefined
        ? 'starts like XML but no root element was found in its first 64 KB; give --from text to read it as a text dump'
        : `not a feed: the root element is <${root}>, not <rss>, <rdf:RDF>, <feed> or <entry>; give --from text to read it as a text dump`,
      line,
    );
  }
  // Note: `{` then a key (or `}`): a dump may well start with `[Photo]` or `{`, a JSON object cannot start otherwise.
  if (start.startsWith('{') && !firstLineDone && start.length < 2) return undefined;
  if (/^\{\s*["}]/.test(start)) {
    if (JSON_FEED_VERSION.test(start)) return 'jsonfeed';
    if (!firstLineDone) return undefined;
    const newline = start.indexOf('\n');
    const firstLine = newline === -1 ? start : start.slice(0, newline);
    try {
      const value: unknown = JSON.parse(firstLine);
      // One whole object on the first line: NDJSON, unless that object is a whole feed.
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) return Array.isArray((value as { items?: unknown }).items) ? 'json' : 'ndjson';
    } catch {
      // Not one object per line: a JSON document spread over lines.
    }
    // A JSON Feed may state its version after its first lines: look further before deciding.
    return final || start.length >= HEAD_BYTES ? 'json' : undefined;
  }
  // A web clipper's Markdown opens with its headline as an ATX heading (`# Title`), or with YAML front matter
  // (`---` over lower-case keys, `title: …`); a text dump hardly ever does (a scraper's records say `Title: …`).
  if (/^#{1,6}[ \t]+\S/.test(start) || /^---\r?\n[a-z_]+:[ \t]/.test(start)) return 'markdown';
  return 'text';
}
