/**
 * The one intermediate model. Every stage speaks these types; each is a zod
 * schema first and a TypeScript type by inference, so the two never drift.
 *
 * Note: zod/mini, the tree-shakable form of zod 4: the full API costs the CLI
 * about 50 ms at every start for chaining it does not need.
 */
import * as z from 'zod/mini';
import { ConvertOptions } from './options.js';

export * from './options.js';

/** Where a piece of data stands in its input: 1-based lines, `-` for stdin. */
export const SourcePos = z.object({
  file: z.string(),
  line: z.number().check(z.int(), z.positive()),
  endLine: z.number().check(z.int(), z.positive()),
});
export type SourcePos = z.infer<typeof SourcePos>;

/** One photo: the caption as printed and the credit from its trailing parentheses; a feed read as input may give its address. */
export const Image = z.object({
  caption: z.string(),
  credit: z.optional(z.string()),
  url: z.optional(z.string()),
});
export type Image = z.infer<typeof Image>;

/** Where `published` came from. */
export const DateSource = z.enum(['line', 'dateline', 'caption', 'feed', 'option']);
export type DateSource = z.infer<typeof DateSource>;

/** One story, clean. Key order here is the key order of the JSON output. */
export const Article = z.object({
  id: z.string().check(z.minLength(1)),
  title: z.string(),
  slug: z.string().check(z.minLength(1)),
  url: z.optional(z.string()),
  published: z.optional(z.string()),
  dateSource: z.optional(DateSource),
  byline: z.optional(z.string()),
  dateline: z.optional(z.string()),
  section: z.optional(z.string()),
  images: z.array(Image),
  paragraphs: z.array(z.string()),
  headings: z.optional(z.array(z.number().check(z.int(), z.nonnegative()))),
  tags: z.optional(z.array(z.string())),
  summary: z.string(),
  wordCount: z.number().check(z.int(), z.nonnegative()),
  source: SourcePos,
});
export type Article = z.infer<typeof Article>;

/** Feed-level metadata: everything of the feed object except its items. */
export const FeedMeta = z.object({
  title: z.string(),
  description: z.optional(z.string()),
  /** The site the feed belongs to. */
  link: z.optional(z.string()),
  /** Where the feed itself is published (`--feed-url`): RSS/Atom self links, JSON Feed `feed_url`. */
  feedUrl: z.optional(z.string()),
  language: z.optional(z.string()),
  /** The feed's author (`--author`); Atom falls back to the title, as it requires one. */
  author: z.optional(z.string()),
  updated: z.optional(z.string()),
  generator: z.string(),
});
export type FeedMeta = z.infer<typeof FeedMeta>;

/** The JSON output (`-f json`): the feed object with its items. */
export const Feed = z.extend(FeedMeta, { items: z.array(Article) });
export type Feed = z.infer<typeof Feed>;

/** A message about the input, in the unified/remark shape so tools can print `file:line: reason`. */
export const Diagnostic = z.object({
  file: z.string(),
  line: z.optional(z.number().check(z.int(), z.nonnegative())),
  severity: z.enum(['error', 'warning', 'info']),
  rule: z.string(),
  message: z.string(),
});
export type Diagnostic = z.infer<typeof Diagnostic>;

/** Why a non-blank input line did not reach any output field. */
export const DropReason = z.enum([
  'title-repeat',
  'caption-repeat',
  'duplicate',
  /** A quote printed apart that repeats words of a paragraph. */
  'pull-quote',
  /** A line recurring across many articles of one dump. */
  'recurring',
  /** A date line whose date cannot be read without guessing (03/06/2025). */
  'ambiguous-date',
  /** A line longer than --max-article-bytes. */
  'too-long',
  /** A second Published or Updated line: one date line gives `published`. */
  'extra-date',
  /** A date line relative to a page view (`Updated 2 hours ago`, a time with no day: `Updated 11:42 p.m. ET`, a day with no year: `Mar. 21 05:12 pm JST`). */
  'relative-date',
  'logo',
  'advertisement',
  'share',
  'read-more',
  'newsletter',
  'cookie',
  'navigation',
  /** A social-media or video embed's furniture: `Skip Twitter post, 1`, `View this post on Instagram`, `Play Video`. */
  'embed',
  /** Markdown syntax alone on its line: a code fence, a heading's underline, a link definition, HTML, front matter. */
  'markup',
  /** A photo's credit on a line of its own, with no caption (`Photo illustration by …`, `Getty Images`), an editor's under the story (`Edited by: …`), or a story's funders (The Conversation's `Partners` box). */
  'credit',
  /** Readers' comments under a story, from their heading (`Comments (3)`) to the next story: names, times and text. */
  'comments',
  /** A writer's box under the story: their name over a line about them (`Jane Doe is a politics reporter …`). */
  'author-bio',
  'separator',
  'orphan',
  /** Matched a `boilerplate` pattern of the config file. */
  'custom',
]);
export type DropReason = z.infer<typeof DropReason>;

/** Counts of one run, printed by `--stats`. */
export interface Stats {
  files: number;
  articles: number;
  lines: number;
  bytesIn: number;
  bytesOut: number;
  dropped: Partial<Record<DropReason, number>>;
  /** Control characters (and U+FFFE/U+FFFF) removed from the text. */
  controlChars: number;
  /** Characters removed from XML output because XML 1.0 forbids them. */
  invalidXmlChars: number;
  /** Articles left out by `--dedupe`, `--since` and `--limit`. */
  filtered: Partial<Record<FilterReason, number>>;
  /** Articles with no `published` date. */
  undated: number;
  /** Worker threads a batch ran on (absent: this thread). */
  threads?: number;
}

/** Options an emitter receives besides the feed and its items. */
export interface EmitOptions {
  /** Adds to `stats.invalidXmlChars` and friends; emitters report what they had to drop here. */
  stats: Pick<Stats, 'invalidXmlChars'>;
  /** Write `deferredUpdated.marker` where the feed's date goes: it is filled in once the items have passed. */
  deferUpdated?: boolean;
}

/** A writer for one output format. Adding a format is one file implementing this and one registry line. */
export interface Emitter {
  /** The `-f` value. */
  name: string;
  /** File extension with its dot. */
  extension: string;
  mediaType: string;
  /** One line for `feedconv formats`. */
  description: string;
  emit(feed: FeedMeta, items: AsyncIterable<Article>, opts: EmitOptions): AsyncIterable<string>;
  /**
   * The format must state the feed's `updated` before its first item (Atom). When
   * SOURCE_DATE_EPOCH does not give it, `convert` finds the newest item date first.
   */
  needsUpdated?: boolean;
  /**
   * Lets such a format be written in one pass: asked to (`deferUpdated`), it
   * writes `marker` (text that escaped content cannot contain) where the feed's
   * date goes, and `fill` gives what replaces it, from the newest article date.
   */
  deferredUpdated?: { marker: string; fill(newest: string | undefined): string };
  /** One file per article (`--split`): the file's name (the slug and extension) and content. */
  split?(article: Article, feed: FeedMeta, opts: EmitOptions): { name: string; content: string };
}

/** Why an article was left out of a feed by a feed-level option. */
export type FilterReason = 'duplicate-story' | 'before-since' | 'over-limit';

/** The config file (`feedconv.config.json` or `--config`): every conversion option, and the CLI's own. */
export const Config = z.strictObject({
  $schema: z.optional(z.string()),
  ...ConvertOptions.shape,
  stats: z.optional(z.boolean()),
  quiet: z.optional(z.boolean()),
  report: z.optional(z.enum(['json'])),
});
export type Config = z.infer<typeof Config>;
export type ConfigInput = z.input<typeof Config>;
