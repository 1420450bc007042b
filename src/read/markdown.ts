/**
 * A Markdown dump (what a web clipper or a reader service saves) as the plain
 * lines of a text dump, for the same segmenter: markdown-it reads it whole
 * (within --max-feed-bytes, as feeds are read), and each block becomes one
 * line of plain text at the line it starts on. Blank lines stay blank, so
 * articles part where the dump parts them; an image alone on its line is a
 * photo, its alt text the caption; `---` between blocks is a separator.
 * YAML front matter gives the first article's labelled lines (`Title: …`).
 */
import { createRequire } from 'node:module';
import type { MarkdownIt, Token } from 'markdown-it';
import type { Line } from '../input/decode.js';

let parser: MarkdownIt | undefined;

/** markdown-it, loaded at the first Markdown input: nothing else needs it. */
function markdownIt(): MarkdownIt {
  if (parser === undefined) {
    const create = createRequire(import.meta.url)('markdown-it') as (options: object) => MarkdownIt;
    // Note: HTML kept as tokens (to be dropped), no typographer: the text is taken as written.
    parser = create({ html: true, linkify: false, typographer: false });
  }
  return parser;
}

export interface MarkdownLines {
  lines: Line[];
  /** Lines that were Markdown syntax alone (a code fence, a heading's underline, a link definition, HTML, front matter): counted, not kept. */
  markup: number;
}

/** Front matter keys that say what the segmenter reads from a labelled record. */
const FRONT_MATTER_LABELS: Readonly<Record<string, string>> = {
  title: 'Title',
  date: 'Date',
  published: 'Date',
  author: 'Author',
  url: 'URL',
  source: 'URL',
  link: 'URL',
};

/** The plain lines of a Markdown document (its text, decoded), numbered as in it. */
export function markdownLines(text: string): MarkdownLines {
  const source = text.split(/\r\n|\r|\n/);
  if (source.length > 0 && source[source.length - 1] === '') source.pop();
  /** What each line becomes: its text, `null` when it belongs to the block above, `undefined` when not yet known. */
  const out: (string | null | undefined)[] = new Array(source.length).fill(undefined);
  const images = new Map<number, string>();
  let markup = 0;
  /** A line of syntax alone: left out, and counted (a blank line stays for the segmenter, a line already given stays). */
  const syntax = (line: number): void => {
    if (out[line] !== undefined || (source[line] as string).trim() === '') return;
    out[line] = null;
    markup++;
  };

  // YAML front matter: `---` on the first line, closed by `---` or `...`.
  let body = text;
  if (source[0] === '---') {
    const close = source.findIndex((line, i) => i > 0 && (line === '---' || line === '...'));
    if (close > 0) {
      for (let i = 0; i <= close; i++) {
        const field = /^([A-Za-z_]+)\s*:\s*(.*\S)\s*$/.exec(source[i] as string);
        const label = field === null ? undefined : FRONT_MATTER_LABELS[(field[1] as string).toLowerCase()];
        if (label !== undefined && field !== null) out[i] = `${label}: ${unquote(field[2] as string)}`;
        else syntax(i);
      }
      // markdown-it reads the rest with the front matter's lines left blank, so its line numbers stay the file's.
      body = [...source.slice(0, close + 1).map(() => ''), ...source.slice(close + 1)].join('\n');
    }
  }

  const tokens = markdownIt().parse(body, {});
  /** The lines that hold a heading's text. */
  const headings = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const map = token.map;
    if (map === null) continue;
    const [start, end] = map;
    switch (token.type) {
      case 'inline': {
        if (out[start] !== undefined) break;
        const image = onlyImage(token);
        out[start] = image === undefined ? plainText(token) : image.alt;
        if (image !== undefined) images.set(start, image.src);
        // The other lines of a paragraph are part of it.
        for (let line = start + 1; line < end; line++) if (out[line] === undefined) out[line] = null;
        break;
      }
      case 'heading_open':
        headings.add(start);
        // A setext heading's underline (`===`, `---` under its text): syntax, past the heading's text.
        for (let line = start + 1; line < end; line++) if (/^\s{0,3}(?:=+|-+)\s*$/.test(source[line] as string)) syntax(line);
        break;
      case 'fence':
      case 'code_block': {
        const code = token.content.replace(/\n$/, '').split('\n');
        const first = token.type === 'fence' ? start + 1 : start;
        for (let line = start; line < end; line++) {
          const at = line - first;
          if (at >= 0 && at < code.length) out[line] = code[at] as string;
          else syntax(line);
        }
        break;
      }
      case 'hr':
        // A thematic break between blocks parts articles, as a separator line of a text dump does.
        out[start] = '* * *';
        break;
      case 'html_block':
        for (let line = start; line < end; line++) syntax(line);
        break;
      case 'tr_open': {
        // A table row: its cells' text, ` | ` between them.
        const cells: string[] = [];
        for (let j = i + 1; j < tokens.length && tokens[j]?.type !== 'tr_close'; j++) {
          if (tokens[j]?.type === 'inline') cells.push(plainText(tokens[j] as Token));
        }
        out[start] = cells.join(' | ');
        break;
      }
      default:
        break;
    }
  }

  // What markdown-it left without a block of its own is syntax too: a table's delimiter row, a link definition.
  for (let i = 0; i < source.length; i++) syntax(i);
  const lines: Line[] = [];
  for (let i = 0; i < source.length; i++) {
    const value = out[i];
    if (value === null) continue;
    if (value === undefined) {
      lines.push({ text: '', line: i + 1 });
      continue;
    }
    const src = images.get(i);
    const line: Line = src === undefined ? { text: value, line: i + 1 } : { text: value, line: i + 1, image: src };
    if (headings.has(i)) line.heading = true;
    lines.push(line);
  }
  return { lines, markup };
}

/** The one image an inline holds when it holds nothing else (whitespace aside), with its alt text and address. */
function onlyImage(inline: Token): { alt: string; src: string } | undefined {
  const children = (inline.children ?? []).filter((child) => !(child.type === 'text' && child.content.trim() === '') && child.type !== 'softbreak');
  // A linked image (`[![alt](src)](href)`) counts too.
  const inner = children.filter((child) => child.type !== 'link_open' && child.type !== 'link_close');
  const image = inner[0];
  if (inner.length !== 1 || image?.type !== 'image') return undefined;
  return { alt: plainText(image), src: String(image.attrGet('src') ?? '') };
}

/** The text of an inline token (or an image's alt): emphasis, links and code marks gone, line breaks as spaces, HTML dropped. */
function plainText(token: Token): string {
  let text = '';
  for (const child of token.children ?? []) {
    if (child.type === 'text' || child.type === 'code_inline') text += child.content;
    else if (child.type === 'softbreak' || child.type === 'hardbreak') text += ' ';
    else if (child.type === 'image') text += plainText(child);
  }
  return text;
}

function unquote(value: string): string {
  return /^(["']).*\1$/.test(value) ? value.slice(1, -1) : value;
}
