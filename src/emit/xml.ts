/**
 * The one path every XML output takes: each text and attribute value passes
 * through `escapeXml`, which removes what XML 1.0 forbids (and counts it),
 * then escapes markup. A feed's envelope is built by fast-xml-parser's
 * builder; its items, and the HTML inside them, by `XmlWriter`, which writes
 * elements byte for byte as that builder would.
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

/** `escapeMarkup` applied twice, in one pass: `&` → `&amp;amp;`, `<` → `&amp;lt;`, `>` → `&amp;gt;`. */
function escapeMarkupTwice(text: string): string {
  return MARKUP.test(text) ? text.replace(/&/g, '&amp;amp;').replace(/</g, '&amp;lt;').replace(/>/g, '&amp;gt;') : text;
}

const QUOTE = /["']/;

/** An attribute value: `escapeXml`, then quotes, as the builder writes attribute values. */
function escapeAttribute(text: string, counter: { invalidXmlChars: number }): string {
  const escaped = escapeXml(text, counter);
  return QUOTE.test(escaped) ? escaped.replace(/"/g, '&quot;').replace(/'/g, '&apos;') : escaped;
}

export type Attributes = Readonly<Record<string, string>>;

/**
 * Elements written as fast-xml-parser's builder writes them (with
 * `suppressEmptyNode`: an empty element closes itself), every value through
 * `escapeXml`.
 * Note: the items of a feed are written with this, not built: the builder's
 * objects for each item and each paragraph took a fifth of a conversion's
 * time. The builder stays the reference: tests hold this writer's output to
 * the builder's, byte for byte, for any values.
 */
export class XmlWriter {
  private readonly lt: string;
  private readonly gt: string;

  /**
   * `asText`: the markup written as the text of an element, that is `escapeXml` of what this writer writes
   * otherwise (an HTML fragment inside RSS's `content:encoded` or Atom's `content type="html"`), in one step.
   * Note: escaping the whole fragment again scanned every paragraph three more times, a tenth of a conversion to RSS.
   * Its pieces are `xmlSafe` already, and markup escaping maps character by character, so escaping each piece twice
   * and the writer's own `<`, `>` once gives the same string; a property test holds the two to each other.
   */
  constructor(
    private readonly counter: { invalidXmlChars: number },
    private readonly asText = false,
  ) {
    this.lt = asText ? '&lt;' : '<';
    this.gt = asText ? '&gt;' : '>';
  }

  /** `<name …>content</name>` around markup already written (or escaped), or `<name …/>` without any. */
  element(name: string, content: string, attributes?: Attributes): string {
    let open = name;
    if (attributes !== undefined) {
      for (const key in attributes) {
        const value = escapeAttribute(attributes[key] as string, this.counter);
        open += ` ${key}="${this.asText ? escapeMarkup(value) : value}"`;
      }
    }
    return content === '' ? `${this.lt}${open}/${this.gt}` : `${this.lt}${open}${this.gt}${content}${this.lt}/${name}${this.gt}`;
  }

  /** Text, escaped. */
  escape(text: string): string {
    return this.asText ? escapeMarkupTwice(xmlSafe(text, this.counter)) : escapeXml(text, this.counter);
  }

  /** An element holding text. */
  text(name: string, text: string, attributes?: Attributes): string {
    return this.element(name, this.escape(text), attributes);
  }

  /** The lines of an element holding elements, pretty-printed as the builder does: each child line two spaces in. */
  block(name: string, lines: readonly string[]): string[] {
    return [`${this.lt}${name}${this.gt}`, ...lines.map((line) => `  ${line}`), `${this.lt}/${name}${this.gt}`];
  }
}

/**
 * A builder whose every value goes through `escapeXml`: the feeds' envelopes. `ordered` keeps sibling order, as an
 * HTML fragment needs: the tests build `articleHtml`'s reference with it.
 */
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
 * then each item's lines (`XmlWriter.block`), indented to the placeholder's
 * depth, then the rest of the envelope. The XML twin of `streamJsonObject`.
 * Note: only the lines are indented, never text inside them: a value that
 * holds a line break keeps it as it is.
 */
export async function* streamXmlDocument<T>(
  builder: XMLBuilder,
  envelope: Record<string, unknown>,
  placeholder: string,
  items: AsyncIterable<T>,
  render: (item: T) => string[],
): AsyncGenerator<string> {
  const { head, indent, tail } = splitAtPlaceholder(builder.build(envelope) as string, placeholder);
  yield head;
  for await (const item of items) {
    let xml = '';
    for (const line of render(item)) xml += `${indent}${line}\n`;
    yield xml;
  }
  yield tail;
}
