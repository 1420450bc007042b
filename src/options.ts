/**
 * The conversion options, validated: part of the model (model.ts re-exports
 * all of it), in a module of its own because every run validates its options
 * and nothing else of the model. A run that writes no JSON and reads no JSON
 * feed or config file never builds the article schemas (~2 ms of zod at start).
 */
import * as z from 'zod/mini';
import { isTimezone } from './normalize/timezone.js';

/** A regular expression given as text (config `boilerplate`, `separators`): it must compile. */
const Pattern = z.string().check(
  z.refine((source) => {
    try {
      new RegExp(source, 'u');
      return true;
    } catch {
      return false;
    }
  }, 'not a valid regular expression'),
);

/** The largest document read whole (an XML or JSON feed, a Markdown dump), by default. */
export const DEFAULT_MAX_FEED_BYTES = 64 * 1024 * 1024;

/** `--from`: the kinds of input feedconv reads. */
export const InputFormat = z.enum(['auto', 'text', 'markdown', 'rss', 'atom', 'jsonfeed', 'json', 'ndjson']);
export type InputFormat = z.infer<typeof InputFormat>;

const IsoDate = z.union([z.iso.date(), z.iso.datetime({ offset: true, local: true })]);

/** Everything a conversion needs, validated once: the CLI's flags over the config file's values. */
export const ConvertOptions = z.strictObject({
  /** Files, folders (every *.txt below) or glob patterns; none or `-` is standard input. */
  inputs: z._default(z.array(z.string()), []),
  /** What the inputs are: sniffed from their content (`auto`), or said. */
  from: z._default(InputFormat, 'auto'),
  /** One format, or several (`rss,json,md`, or a list) with `outDir`. */
  format: z.optional(z.union([z.string(), z.array(z.string())])),
  output: z.optional(z.string()),
  /** Batch: one output per input and format, at the input's path relative to the inputs' common folder. */
  outDir: z.optional(z.string()),
  title: z.optional(z.string()),
  link: z.optional(z.string()),
  description: z.optional(z.string()),
  language: z.optional(z.string()),
  baseUrl: z.optional(z.url()),
  feedUrl: z.optional(z.url()),
  author: z.optional(z.string()),
  /** `published` for articles that state no date: an ISO 8601 date or date-time. */
  date: z.optional(IsoDate),
  strict: z._default(z.boolean(), false),
  /** One file per article (formats that can split: md), in a folder per input under `outDir`. */
  split: z._default(z.boolean(), false),
  /** Paths of user emitter modules to load (`--emitter`). */
  emitters: z._default(z.array(z.string()), []),
  /** Files converted at once in batch mode (worker threads); default: the number of CPUs. */
  jobs: z.optional(z.number().check(z.int(), z.gte(1), z.lte(256))),
  /** `K/N`: only the K-th of N deterministic slices of the sorted input list. */
  shard: z.optional(z.string().check(z.regex(/^[1-9]\d*\/[1-9]\d*$/, 'expected K/N, such as 2/4'))),
  sort: z._default(z.enum(['input', 'date']), 'input'),
  limit: z.optional(z.number().check(z.int(), z.gte(0))),
  since: z.optional(IsoDate),
  /** Drop repeated stories (same id) across the inputs of a feed. */
  dedupe: z._default(z.boolean(), false),
  /** Up to 5 tags per article: people, places and organisations named in it. */
  tags: z._default(z.boolean(), false),
  /**
   * How the dump writes numeric dates whose day and month could be either way round (`05/02/2025`): day first (`dmy`)
   * or month first (`mdy`). Without it, such a date gives none.
   */
  dateOrder: z.optional(z.enum(['dmy', 'mdy'])),
  /** The zone of times without an offset: an IANA name (`Europe/London`) or `+03:00`. */
  timezone: z.optional(z.string().check(z.refine(isTimezone, 'not a time zone: give an IANA name such as Asia/Riyadh, or an offset such as +03:00'))),
  /** The largest line, and article, kept in memory: a bigger line is dropped, a bigger article split (with an error). */
  maxArticleBytes: z._default(z.number().check(z.int(), z.gte(1024)), 4 * 1024 * 1024),
  /** The largest feed document (XML, JSON) read as input: such a document is parsed whole. NDJSON and text stream. */
  maxFeedBytes: z._default(z.number().check(z.int(), z.gte(1024)), DEFAULT_MAX_FEED_BYTES),
  /** Regular expressions of lines to drop as boilerplate, added to the built-in ones. */
  boilerplate: z._default(z.array(Pattern), []),
  /** Regular expressions of lines that separate articles, added to the built-in ones. */
  separators: z._default(z.array(Pattern), []),
});
export type ConvertOptions = z.input<typeof ConvertOptions>;
/** Options after validation, defaults filled in. */
export type ResolvedOptions = z.output<typeof ConvertOptions>;
