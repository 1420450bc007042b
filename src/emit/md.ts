/** `-f md`: one Markdown document, every text escaped so it renders as written. */
import type { Article, Emitter } from '../model.js';

/** Characters CommonMark or GFM may read as markup anywhere in a line. */
const INLINE = /[\\`*_[\]<>|~]|&(?=[#A-Za-z])/g;
/** Markup that only counts at the start of a line: headings, quotes, lists, breaks, setext underlines. */
const LEADING = /^(?:[#>+=-]|(\d+)([.)]))/;

/** Text escaped so a Markdown renderer shows it as written. */
export function escapeMarkdown(text: string): string {
  const inline = text.replace(INLINE, (c) => `\\${c}`);
  return inline.replace(LEADING, (m, digits: string | undefined, mark: string | undefined) =>
    digits !== undefined ? `${digits}\\${mark}` : `\\${m}`,
  );
}

function articleMarkdown(article: Article): string {
  const out: string[] = [`## ${escapeMarkdown(article.title)}`];
  const meta = [article.published, article.byline && `By ${article.byline}`].filter(Boolean) as string[];
  if (meta.length > 0) out.push(`_${meta.map(escapeMarkdown).join(' · ')}_`);
  for (const image of article.images) {
    const credit = image.credit === undefined ? '' : ` _(${escapeMarkdown(image.credit)})_`;
    out.push(`> ${escapeMarkdown(image.caption)}${credit}`);
  }
  const headings = new Set(article.headings ?? []);
  article.paragraphs.forEach((paragraph, i) => {
    out.push(headings.has(i) ? `### ${escapeMarkdown(paragraph)}` : escapeMarkdown(paragraph));
  });
  return `${out.join('\n\n')}\n`;
}

export const md: Emitter = {
  name: 'md',
  extension: '.md',
  mediaType: 'text/markdown',
  description: 'one Markdown document: a section per article with its images and paragraphs',
  async *emit(feed, items) {
    let head = `# ${escapeMarkdown(feed.title)}\n`;
    if (feed.description !== undefined) head += `\n${escapeMarkdown(feed.description)}\n`;
    yield head;
    for await (const article of items) yield `\n${articleMarkdown(article)}`;
  },
};
