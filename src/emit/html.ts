/** An article's body as an HTML fragment, every text escaped (`XmlWriter`). */
import type { Article, Image } from '../model.js';
import { XmlWriter } from './xml.js';

/**
 * Figures for the images (caption and credit), then the paragraphs, headings as `<h2>`. `asText`: the fragment as
 * the text of an XML element, escaped once more (see `XmlWriter`).
 */
export function articleHtml(article: Article, counter: { invalidXmlChars: number }, { asText = false } = {}): string {
  const xml = new XmlWriter(counter, asText);
  let html = '';
  for (const image of article.images) {
    let caption = xml.escape(image.caption);
    if (image.credit !== undefined) caption += ` ${xml.text('span', `(${image.credit})`, { class: 'credit' })}`;
    // Note: an image address comes only from a feed read as input; a text dump has captions alone.
    const img = image.url === undefined ? '' : xml.element('img', '', { src: image.url, alt: image.caption });
    html += xml.element('figure', img + xml.element('figcaption', caption));
  }
  const headings = article.headings;
  for (let i = 0; i < article.paragraphs.length; i++) {
    html += xml.text(headings !== undefined && headings.includes(i) ? 'h2' : 'p', article.paragraphs[i] as string);
  }
  return html;
}

/** A photo with a caption or a credit: one without either (a Markdown dump's `![](src)`) has nothing to show as text. */
export function imageHasText(image: Image): boolean {
  return image.caption !== '' || image.credit !== undefined;
}

/** The same content as plain text: captions with their credits, then the paragraphs, a blank line apart. */
export function articleText(article: Article): string {
  const captions = article.images.filter(imageHasText).map((image) => (image.credit === undefined ? image.caption : `${image.caption} (${image.credit})`));
  return [...captions, ...article.paragraphs].join('\n\n');
}
