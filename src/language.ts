/**
 * The feed's language when `--language` is not given, detected by tinyld
 * (its light model) from the first articles' text. Loaded only when needed.
 */
import type { Article, FeedMeta } from './model.js';

/** Less text than this says too little about its language. */
const MIN_TEXT = 300;
/**
 * How much of the text detection reads: the opening first, and more only when
 * the opening has no clear winner. Detection costs 1 to 3 µs a character, and
 * past about 500 characters more text rarely changes its answer (tinyld's own
 * benchmark). A batch of small dumps ran a quarter faster reading 1,000, not 4,000.
 */
const WINDOWS = [1000, 4000];
/** How many times likelier than the next the detected language must be. */
const CLEAR_WIN = 5;
/** Articles looked at, at most, before the feed starts. */
const MAX_ARTICLES = 5;

/**
 * Reads the first articles of the stream (up to a few hundred characters of
 * text), detects their language, and gives back the same stream whole.
 */
async function peekLanguage(items: AsyncIterable<Article>): Promise<{ language: string | undefined; items: AsyncIterable<Article> }> {
  const iterator = items[Symbol.asyncIterator]();
  const head: Article[] = [];
  let text = '';
  let done = false;
  while (text.length < MIN_TEXT && head.length < MAX_ARTICLES) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    head.push(next.value);
    text += `${next.value.paragraphs.join('\n')}\n`;
  }
  let language: string | undefined;
  if (text.length >= MIN_TEXT) {
    const { detectAll } = (await import('tinyld/light')) as { detectAll: (text: string) => { lang: string; accuracy: number }[] };
    for (const size of WINDOWS) {
      const [first, second] = detectAll(text.slice(0, size));
      // Note: only a clear winner counts; mixed or odd text gets no language rather than a wrong one.
      if (first !== undefined && (second === undefined || first.accuracy >= CLEAR_WIN * second.accuracy)) {
        language = first.lang;
        break;
      }
      if (text.length <= size) break;
    }
  }
  async function* rest(): AsyncGenerator<Article> {
    yield* head;
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { language, items: rest() };
}

/**
 * Sets `feed.language` from the stream when neither the options nor an input
 * feed gave it; returns the stream to read on. The first article is always
 * read first: by then an input feed has given its own title, language, ….
 */
export async function withLanguage(feed: FeedMeta, items: AsyncIterable<Article>): Promise<AsyncIterable<Article>> {
  const iterator = items[Symbol.asyncIterator]();
  const first = await iterator.next();
  async function* whole(): AsyncGenerator<Article> {
    if (first.done) return;
    yield first.value;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  if (feed.language !== undefined || first.done) return whole();
  const peeked = await peekLanguage(whole());
  if (peeked.language !== undefined) feed.language = peeked.language;
  return peeked.items;
}
