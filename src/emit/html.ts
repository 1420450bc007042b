/** An article's body as an HTML fragment, built (not templated) so every text is escaped. */
import type { Article } from '../model.js';
import { escapeAttribute, escapeXml, textElement } from './xml.js';

/**
 * Figures for the images (caption and credit), then the paragraphs, headings
 * as `<h2>`. Written as a string, every text through `escapeXml` and every
 * attribute through `escapeAttribute`: the same bytes fast-xml-parser's builder
 * wrote here before, without an object tree per article.
 */
export function articleHtml(article: Article, counter: { invalidXmlChars: number }): string {
  let html = '';
  for (const image of article.images) {
    html += '<figure>';
    // Note: an image address comes only from a feed read as input; a text dump has captions alone.
    if (image.url !== undefined) html += `<img src="${escapeAttribute(image.url, counter)}" alt="${escapeAttribute(image.caption, counter)}"/>`;
    const caption = escapeXml(image.caption, counter);
    const credit = image.credit === undefined ? '' : ` <span class="credit">${escapeXml(`(${image.credit})`, counter)}</span>`;
    html += caption === '' && credit === '' ? '<figcaption/>' : `<figcaption>${caption}${credit}</figcaption>`;
    html += '</figure>';
  }
  const headings = article.headings;
  for (let i = 0; i < article.paragraphs.length; i++) {
    const tag = headings !== undefined && headings.includes(i) ? 'h2' : 'p';
    html += textElement(tag, article.paragraphs[i] as string, counter);
  }
  return html;
}

/** The same content as plain text: captions with their credits, then the paragraphs, a blank line apart. */
export function articleText(article: Article): string {
  const captions = article.images.map((image) => (image.credit === undefined ? image.caption : `${image.caption} (${image.credit})`));
  return [...captions, ...article.paragraphs].join('\n\n');
}
