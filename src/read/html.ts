/**
 * An item's HTML (content:encoded, Atom content, content_html) as plain
 * paragraphs, subheadings and figures, read with htmlparser2: block elements
 * and `<br>` end a paragraph, entities are decoded, scripts and styles dropped.
 * The inverse of `articleHtml`, so feedconv's own feeds read back exactly.
 */
import type { Image } from '../model.js';
import { splitCredit } from '../segment/patterns.js';
import { CHARACTER_REFERENCE, cleanText } from '../text.js';

export interface Body {
  paragraphs: string[];
  /** Indexes of the subheadings (h1–h6) among the paragraphs. */
  headings: number[];
  images: Image[];
}

/** Elements that end the paragraph before them and start a new one. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table',
  'tbody', 'td', 'th', 'thead', 'tr', 'ul', 'br',
]);
const HEADING = /^h[1-6]$/;
/** Elements whose text is never content. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg', 'head', 'title', 'button']);

type ParserModule = typeof import('htmlparser2');
type DecodeModule = typeof import('entities/decode');
let parserModule: ParserModule | undefined;
let decodeModule: DecodeModule | undefined;

/** Loads htmlparser2 and entities once; only feed input needs them. */
export async function loadHtmlParser(): Promise<void> {
  parserModule ??= await import('htmlparser2');
  decodeModule ??= await import('entities/decode');
}

/** Text with HTML entities left in it by double escaping (`&amp;eacute;` read once): decoded. */
export function decodeEntities(text: string): string {
  return CHARACTER_REFERENCE.test(text) ? (decodeModule as DecodeModule).decodeHTMLStrict(text) : text;
}

/** Raw XML character data (entities, CDATA sections) as the text it stands for. `loadHtmlParser` must have run. */
export function decodeXmlText(raw: string): string {
  const { decodeXML } = decodeModule as DecodeModule;
  return raw
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part, i) => (i % 2 === 1 ? part.slice(9, -3) : decodeXML(part)))
    .join('');
}

/** The body of an HTML fragment. `loadHtmlParser` must have run. */
export function htmlToBody(html: string): Body {
  const { Parser } = parserModule as ParserModule;
  const body: Body = { paragraphs: [], headings: [], images: [] };
  let text = '';
  let heading = false;
  let skipDepth = 0;
  /** Inside a figure: its caption text, its credit span, its image. */
  let figure: { caption: string; credit: string; url?: string; inCaption: boolean; inCredit: boolean } | undefined;

  const endParagraph = (): void => {
    const paragraph = cleanText(text);
    text = '';
    if (paragraph === '') return;
    if (heading) body.headings.push(body.paragraphs.length);
    body.paragraphs.push(paragraph);
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (SKIP.has(name)) {
          skipDepth++;
          return;
        }
        if (skipDepth > 0) return;
        if (name === 'figure') {
          endParagraph();
          figure = { caption: '', credit: '', inCaption: false, inCredit: false };
          return;
        }
        if (figure !== undefined) {
          if (name === 'figcaption') figure.inCaption = true;
          else if (name === 'img' && attributes.src !== undefined) figure.url ??= attributes.src;
          else if (figure.inCaption && /\bcredit\b/.test(attributes.class ?? '')) figure.inCredit = true;
          return;
        }
        if (name === 'img') {
          // An image outside a figure: its alt text is the only caption it has.
          const alt = cleanText(attributes.alt ?? '');
          if (attributes.src !== undefined || alt !== '') body.images.push({ caption: alt, ...(attributes.src !== undefined && { url: attributes.src }) });
          return;
        }
        if (BLOCK.has(name)) endParagraph();
        if (HEADING.test(name)) heading = true;
      },
      ontext(data) {
        if (skipDepth > 0) return;
        if (figure === undefined) text += data;
        else if (figure.inCredit) figure.credit += data;
        else if (figure.inCaption) figure.caption += data;
      },
      onclosetag(name) {
        if (SKIP.has(name)) {
          skipDepth = Math.max(0, skipDepth - 1);
          return;
        }
        if (skipDepth > 0) return;
        if (figure !== undefined) {
          if (name === 'figure') {
            body.images.push(figureImage(figure));
            figure = undefined;
          } else if (name === 'figcaption') figure.inCaption = false;
          else if (name === 'span' && figure.inCredit) figure.inCredit = false;
          return;
        }
        if (BLOCK.has(name)) {
          endParagraph();
          if (HEADING.test(name)) heading = false;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  if (figure !== undefined) body.images.push(figureImage(figure));
  endParagraph();
  return body;
}

/** A figure's caption and credit: the credit span feedconv writes, else a credit in trailing parentheses. */
function figureImage(figure: { caption: string; credit: string; url?: string }): Image {
  const caption = cleanText(figure.caption);
  const url = figure.url === undefined ? {} : { url: figure.url };
  const credit = cleanText(figure.credit).replace(/^\((.*)\)$/s, '$1');
  if (credit !== '') return { caption, credit, ...url };
  const split = splitCredit(caption);
  return split === undefined ? { caption, ...url } : { caption: split.caption, credit: split.credit, ...url };
}

/** Plain text (JSON Feed content_text, a text summary) as paragraphs: blank lines apart. */
export function textToParagraphs(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((block) => cleanText(block))
    .filter((paragraph) => paragraph !== '');
}

/** HTML (or text) with the markup taken out: one line of text. */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return cleanText(html);
  const body = htmlToBody(html);
  return cleanText([...body.images.map((image) => image.caption), ...body.paragraphs].join(' '));
}
