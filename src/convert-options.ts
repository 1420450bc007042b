/** Options → what the pipeline needs: validated options, the chosen emitters, the feed metadata, the user's patterns. */
import { emitterForExtension } from './emit/index.js';
import { UsageError } from './errors.js';
import type { Emitter, FeedMeta } from './model.js';
import { ConvertOptions, type ResolvedOptions } from './options.js';
import type { FeedInfo } from './read/item.js';
import type { SegmentRules } from './segment/patterns.js';

const HINTS: Record<string, string> = {
  baseUrl: ' (expected an absolute URL such as https://example.com/news/)',
  feedUrl: ' (expected an absolute URL such as https://example.com/feed.xml)',
  date: ' (expected an ISO 8601 date such as 2024-02-16 or 2024-02-16T09:30:00Z)',
  since: ' (expected an ISO 8601 date such as 2024-02-16 or 2024-02-16T09:30:00Z)',
  dateOrder: ' (expected dmy, day first, or mdy, month first)',
};

/** Validates raw options; every problem becomes a `UsageError` that names the option. */
export function parseOptions(raw: ConvertOptions): ResolvedOptions {
  const parsed = ConvertOptions.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const option = issue?.path.join('.') ?? '';
    const name = String(issue?.path[0] ?? '');
    if (issue?.code === 'unrecognized_keys') throw new UsageError(`unknown option ${issue.keys.map((k) => `'${k}'`).join(', ')}`);
    throw new UsageError(`invalid --${kebab(option)}: ${issue?.message ?? 'invalid value'}${HINTS[name] ?? ''}`);
  }
  return parsed.data;
}

export function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** The `-f` names as a list: `rss,json` and `['rss', 'json']` alike. */
export function formatNames(format: ResolvedOptions['format']): string[] | undefined {
  if (format === undefined) return undefined;
  const names = (Array.isArray(format) ? format : [format]).flatMap((f) => f.split(',')).map((f) => f.trim()).filter(Boolean);
  return [...new Set(names)];
}

/** The emitters for `-f`, or the one inferred from `-o`'s extension, or json. */
export function chooseEmitters(registry: Readonly<Record<string, Emitter>>, format: ResolvedOptions['format'], output: string | undefined): Emitter[] {
  const names = formatNames(format);
  if (names !== undefined && names.length > 0) {
    return names.map((name) => {
      const emitter = registry[name];
      if (emitter === undefined) throw new UsageError(`unknown format '${name}'; choose one of: ${Object.keys(registry).join(', ')}`);
      return emitter;
    });
  }
  const extension = output?.match(/\.[^./]+$/)?.[0];
  return [(extension && emitterForExtension(registry, extension)) || (registry.json as Emitter)];
}

/** `SOURCE_DATE_EPOCH` as an ISO date, the only clock a feed may show. */
export function sourceDateEpoch(env: Record<string, string | undefined>): string | undefined {
  const value = env.SOURCE_DATE_EPOCH;
  if (value === undefined || value === '') return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`SOURCE_DATE_EPOCH must be a whole number of seconds, not '${value}'`);
  return new Date(Number(value) * 1000).toISOString().replace('.000Z', 'Z');
}

/** The feed's metadata: the options, with the title defaulting to the one input's file name. */
export function feedMeta(options: ResolvedOptions, names: readonly string[], env: Record<string, string | undefined>): FeedMeta {
  const only = names.length === 1 ? names[0] : undefined;
  const fromFile = only !== undefined && only !== '-' ? only.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') : undefined;
  const updated = sourceDateEpoch(env);
  const link = options.link ?? options.baseUrl;
  return {
    title: options.title ?? fromFile ?? 'Untitled feed',
    ...(options.description !== undefined && { description: options.description }),
    ...(link !== undefined && { link }),
    ...(options.feedUrl !== undefined && { feedUrl: options.feedUrl }),
    ...(options.language !== undefined && { language: options.language }),
    ...(options.author !== undefined && { author: options.author }),
    ...(updated !== undefined && { updated }),
    generator: 'feedconv',
  };
}

/**
 * A feed read as input fills the fields the options leave open: its title
 * (over the file name), home page, description, language and author.
 */
export function applyFeedInfo(feed: FeedMeta, options: ResolvedOptions, info: FeedInfo): void {
  if (options.title === undefined && info.title !== undefined) feed.title = info.title;
  if (options.link === undefined && options.baseUrl === undefined && info.link !== undefined) feed.link = info.link;
  if (options.description === undefined && info.description !== undefined) feed.description = info.description;
  if (options.language === undefined && info.language !== undefined) feed.language = info.language;
  if (options.author === undefined && info.author !== undefined) feed.author = info.author;
}

/** The config's `boilerplate` and `separators`, compiled (they were checked to compile). */
export function segmentRules(options: Pick<ResolvedOptions, 'boilerplate' | 'separators'>): SegmentRules {
  return {
    boilerplate: options.boilerplate.map((source) => new RegExp(source, 'u')),
    separators: options.separators.map((source) => new RegExp(source, 'u')),
  };
}
