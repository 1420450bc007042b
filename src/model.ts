/**
 * The one intermediate model. Every stage speaks these types; each is a zod
 * schema first and a TypeScript type by inference, so the two never drift.
 *
 * Note: zod/mini, the tree-shakable form of zod 4: the full API costs the CLI
 * about 50 ms at every start for chaining it does not need.
 */
import * as z from 'zod/mini';

/** Where a piece of data stands in its input: 1-based lines, `-` for stdin. */
export const SourcePos = z.object({
  file: z.string(),
  line: z.number().check(z.int(), z.positive()),
  endLine: z.number().check(z.int(), z.positive()),
});
export type SourcePos = z.infer<typeof SourcePos>;

/** One photo: the caption as printed and the credit from its trailing parentheses. */
export const Image = z.object({
  caption: z.string(),
  credit: z.optional(z.string()),
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
  'logo',
  'advertisement',
  'share',
  'read-more',
  'newsletter',
  'cookie',
  'navigation',
  'separator',
  'orphan',
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
}

/** Options an emitter receives besides the feed and its items. */
export interface EmitOptions {
  /** Adds to `stats.invalidXmlChars` and friends; emitters report what they had to drop here. */
  stats: Pick<Stats, 'invalidXmlChars'>;
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
  /** One file per article (`--split`): the file's name (the slug and extension) and content. */
  split?(article: Article, feed: FeedMeta, opts: EmitOptions): { name: string; content: string };
}

/** Everything a conversion needs, validated once by the CLI or the library caller. */
export const ConvertOptions = z.object({
  inputs: z._default(z.array(z.string()), []),
  format: z.optional(z.string()),
  output: z.optional(z.string()),
  title: z.optional(z.string()),
  link: z.optional(z.string()),
  description: z.optional(z.string()),
  language: z.optional(z.string()),
  baseUrl: z.optional(z.url()),
  feedUrl: z.optional(z.url()),
  author: z.optional(z.string()),
  /** `published` for articles that state no date: an ISO 8601 date or date-time. */
  date: z.optional(z.union([z.iso.date(), z.iso.datetime({ offset: true, local: true })])),
  strict: z._default(z.boolean(), false),
  /** One file per article in `outDir` (formats that can split: md). */
  split: z._default(z.boolean(), false),
  outDir: z.optional(z.string()),
  /** Paths of user emitter modules to load (`--emitter`). */
  emitters: z._default(z.array(z.string()), []),
});
export type ConvertOptions = z.input<typeof ConvertOptions>;
/** Options after validation, defaults filled in. */
export type ResolvedOptions = z.output<typeof ConvertOptions>;
