/**
 * The one path every XML output takes: fast-xml-parser's builder, with each
 * text and attribute value passed through `escapeXml`, which removes what
 * XML 1.0 forbids (and counts it), then escapes markup.
 */
// Note: fast-xml-parser's XMLBuilder is this package (it re-exports it). Imported from here, the
// bundle loads the builder alone: through fast-xml-parser's index, every XML output ran also compiled its parser.
import Builder, { type XMLBuilder } from 'fast-xml-builder';

/** Anything outside XML 1.0's `Char` production: C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF. */
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

declare global {
  interface String {
    /** Node 20 has it; TypeScript lists it in ES2024, whose other additions (Object.groupBy, …) Node 20 lacks. */
    isWellFormed(): boolean;
  }
}

/** C0 controls but tab/LF/CR, and U+FFFE/U+FFFF: with surrogates not in a pair, all that FORBIDDEN finds. */
const FORBIDDEN_BMP = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/;

/** Text with every character XML 1.0 forbids removed; `counter.invalidXmlChars` grows by how many. */
export function xmlSafe(text: string, counter: { invalidXmlChars: number }): string {
  // Note: most text has nothing to remove and is passed as is. isWellFormed (no lone surrogate) is native, and with a
  // one-class scan runs twice as fast as the single pattern with lookarounds it replaced.
  if (!FORBIDDEN_BMP.test(text) && text.isWellFormed()) return text;
  let removed = 0;
  const safe = text.replace(FORBIDDEN, () => {
    removed++;
    return '';
  });
  counter.invalidXmlChars += removed;
  return safe;
}

const MARKUP = /[&<>]/;

/** `& < >` escaped (text already `xmlSafe`). */
function escapeMarkup(text: string): string {
  return MARKUP.test(text) ? text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : text;
}

/** `xmlSafe`, then `& < >` escaped: the one escaping path of every XML value. */
export function escapeXml(text: string, counter: { invalidXmlChars: number }): string {
  return escapeMarkup(xmlSafe(text, counter));
}

/** A builder whose every value goes through `escapeXml`. `ordered` keeps sibling order (for HTML fragments). */
export function xmlBuilder(counter: { invalidXmlChars: number }, options: { format: boolean; ordered?: boolean }): XMLBuilder {
  return new Builder({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    format: options.format,
    indentBy: '  ',
    preserveOrder: options.ordered ?? false,
    suppressEmptyNode: true,
    suppressBooleanAttributes: false,
    // Escaping is ours (escapeXml), so that text keeps its apostrophes and quotes readable;
    // the builder still escapes quotes inside attribute values.
    processEntities: false,
    tagValueProcessor: (_name: string, value: unknown) => (typeof value === 'string' ? escapeXml(value, counter) : value),
    attributeValueProcessor: (_name: string, value: unknown) => (typeof value === 'string' ? escapeXml(value, counter) : value),
  });
}

/** Prefixes every line of a built fragment, to nest it at the depth of a placeholder. */
function indentLines(xml: string, indent: string): string {
  return xml
    .split('\n')
    .map((line) => (line === '' ? line : indent + line))
    .join('\n');
}

/**
 * Splits a built document at a placeholder element, so the envelope can be
 * written before the items stream in and closed after them.
 */
function splitAtPlaceholder(xml: string, placeholder: string): { head: string; indent: string; tail: string } {
  const marker = `<${placeholder}/>`;
  const at = xml.indexOf(marker);
  if (at === -1) throw new Error(`placeholder ${marker} missing from the built envelope`);
  const lineStart = xml.lastIndexOf('\n', at) + 1;
  const indent = xml.slice(lineStart, at);
  let tailStart = at + marker.length;
  if (xml[tailStart] === '\n') tailStart++;
  return { head: xml.slice(0, lineStart), indent, tail: xml.slice(tailStart) };
}

/**
 * A pretty-printed XML document whose items stream in: the envelope (built
 * with an empty `placeholder` element where the items go) is written first,
 * then each item, built on its own and indented to the placeholder's depth,
 * then the rest of the envelope. The XML twin of `streamJsonObject`.
 */
export async function* streamXmlDocument<T>(
  builder: XMLBuilder,
  envelope: Record<string, unknown>,
  placeholder: string,
  items: AsyncIterable<T>,
  render: (item: T) => Record<string, unknown>,
): AsyncGenerator<string> {
  const { head, indent, tail } = splitAtPlaceholder(builder.build(envelope) as string, placeholder);
  yield head;
  for await (const item of items) yield indentLines(builder.build(render(item)) as string, indent);
  yield tail;
}
