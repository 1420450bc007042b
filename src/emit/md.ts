/**
 * `-f md`: one Markdown document, or with `--split` one file per article with
 * YAML front matter for static-site generators. Every text is escaped so it
 * renders as written.
 */
import { createRequire } from 'node:module';
import type { Article, Emitter } from '../model.js';
import { imageHasText } from './html.js';

/** Characters CommonMark or GFM may read as markup anywhere in a line. */
const INLINE = /[\\`*_[\]<>|~]|&(?=[#A-Za-z])/g;
/** An email address's `@`, which GFM would make a link of (a release's `ir@acme.example`). */
const EMAIL_AT = /(?<=[\w.+-])@(?=[A-Za-z0-9-]+\.[A-Za-z])/g;
/** Markup that only counts at the start of a line: headings, quotes, lists, breaks, setext underlines. */
const LEADING = /^(?:[#>+=-]|(\d+)([.)]))/;

/** Text escaped so a Markdown renderer shows it as written. */
export function escapeMarkdown(text: string): string {
  let inline = text.replace(INLINE, (c) => `\\${c}`);
  if (inline.includes('@')) inline = inline.replace(EMAIL_AT, '\\@');
  return inline.replace(LEADING, (m, digits: string | undefined, mark: string | undefined) =>
    digits !== undefined ? `${digits}\\${mark}` : `\\${m}`,
  );
}

/** The images as one block quote (one paragraph each), then the paragraphs; subheadings one level below the title. */
function articleBody(article: Article, headingLevel: number): string[] {
  const out: string[] = [];
  const shown = article.images.filter(imageHasText);
  if (shown.length > 0) {
    const captions = shown.map((image) => {
      const credit = image.credit === undefined ? '' : ` _(${escapeMarkdown(image.credit)})_`;
      return `> ${escapeMarkdown(image.caption)}${credit}`;
    });
    out.push(captions.join('\n>\n'));
  }
  const headings = new Set(article.headings ?? []);
  article.paragraphs.forEach((paragraph, i) => {
    out.push(headings.has(i) ? `${'#'.repeat(headingLevel)} ${escapeMarkdown(paragraph)}` : escapeMarkdown(paragraph));
  });
  return out;
}

function articleMarkdown(article: Article): string {
  const out: string[] = [`## ${escapeMarkdown(article.title)}`];
  const meta = [article.published && `Published ${article.published}`, article.byline && `By ${article.byline}`].filter(Boolean) as string[];
  if (meta.length > 0) out.push(meta.map(escapeMarkdown).join(' · '));
  // Note: concat, not push(...): an article of 200,000 one-line paragraphs would overflow the stack as arguments.
  return `${out.concat(articleBody(article, 3)).join('\n\n')}\n`;
}

type Yaml = typeof import('yaml');
let yaml: Yaml | undefined;

/** The yaml package, loaded at the first front matter: only `--split` writes any, and its code is large for a start. */
function loadYaml(): Yaml {
  yaml ??= createRequire(import.meta.url)('yaml') as Yaml;
  return yaml;
}

/** Front matter that Hugo, Jekyll, Eleventy and Astro read: built by the yaml package, so any title survives. */
function frontMatter(article: Article): string {
  const data: Record<string, unknown> = {
    title: article.title,
    ...(article.published !== undefined && { date: article.published }),
    slug: article.slug,
    ...(article.byline !== undefined && { byline: article.byline }),
    ...(article.images.length > 0 && { images: article.images }),
    source: article.source,
    ...(article.tags !== undefined && { tags: article.tags }),
  };
  return `---\n${loadYaml().stringify(data, { lineWidth: 0 })}---\n`;
}

export const md: Emitter = {
  name: 'md',
  extension: '.md',
  mediaType: 'text/markdown',
  description: 'Markdown: one document, or with --split one file per article with YAML front matter',
  async *emit(feed, items) {
    let head = `# ${escapeMarkdown(feed.title)}\n`;
    if (feed.description !== undefined) head += `\n${escapeMarkdown(feed.description)}\n`;
    yield head;
    for await (const article of items) yield `\n${articleMarkdown(article)}`;
  },
  split(article) {
    const body = articleBody(article, 2);
    return { name: `${article.slug}.md`, content: `${frontMatter(article)}${body.length > 0 ? `\n${body.join('\n\n')}\n` : ''}` };
  },
};
