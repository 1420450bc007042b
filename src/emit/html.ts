/** An article's body as an HTML fragment, built (not templated) so every text is escaped. */
import type { Article } from '../model.js';
import type { XMLBuilder } from 'fast-xml-builder';
import { xmlBuilder } from './xml.js';

type Node = Record<string, unknown>;

function element(name: string, children: Node[], attributes?: Record<string, string>): Node {
  const node: Node = { [name]: children };
  if (attributes) node[':@'] = Object.fromEntries(Object.entries(attributes).map(([k, v]) => [`@_${k}`, v]));
  return node;
}

function text(value: string): Node {
  return { '#text': value };
}

/** Figures for the images (caption and credit), then the paragraphs, headings as `<h2>`. */
export function articleHtml(article: Article, counter: { invalidXmlChars: number }): string {
  const nodes: Node[] = [];
  for (const image of article.images) {
    const caption: Node[] = [text(image.caption)];
    if (image.credit !== undefined) {
      caption.push(text(' '), element('span', [text(`(${image.credit})`)], { class: 'credit' }));
    }
    // Note: an image address comes only from a feed read as input; a text dump has captions alone.
    const img = image.url === undefined ? [] : [element('img', [], { src: image.url, alt: image.caption })];
    nodes.push(element('figure', [...img, element('figcaption', caption)]));
  }
  const headings = new Set(article.headings ?? []);
  article.paragraphs.forEach((paragraph, i) => {
    nodes.push(element(headings.has(i) ? 'h2' : 'p', [text(paragraph)]));
  });
  return fragmentBuilder(counter).build(nodes) as string;
}

/** One fragment builder per counter (a run's stats): making a builder costs more than building a short fragment. */
const builders = new WeakMap<object, XMLBuilder>();

function fragmentBuilder(counter: { invalidXmlChars: number }): XMLBuilder {
  let builder = builders.get(counter);
  if (builder === undefined) {
    builder = xmlBuilder(counter, { format: false, ordered: true });
    builders.set(counter, builder);
  }
  return builder;
}

/** The same content as plain text: captions with their credits, then the paragraphs, a blank line apart. */
export function articleText(article: Article): string {
  const captions = article.images.map((image) => (image.credit === undefined ? image.caption : `${image.caption} (${image.credit})`));
  return [...captions, ...article.paragraphs].join('\n\n');
}
