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
 * Words common in English prose and rare as words of the other languages
 * written in Latin letters that tinyld tells apart (`in`, `a`, `on`, `is`,
 * `to`, `as` and `die` are words there too, so they are not here).
 */
const ENGLISH_WORDS = new Set(
  'the and of that with was were his her they their them said have has had would will which this these from been for by are not but it its who an after than more about into there when what being could should while also'.split(' '),
);
/**
 * Short words common in the other languages tinyld knows that are written in
 * Latin letters, and rare in English text, by language. Only their ASCII words: a word with
 * another letter (`för`, `się`, `için`) fails `plainlyEnglish` on its own.
 */
const OTHER_WORDS_OF: Readonly<Record<string, string>> = {
  fr: 'de la le les des et est une du au aux dans pour qui pas sur avec',
  de: 'der und das ist nicht mit den dem ein eine auf sich auch von zu',
  es: 'que y del por para con una es se lo como su',
  it: 'il che di della sono gli nel',
  nl: 'het een en niet voor zijn dat ook',
  pt: 'os da em um uma pelo',
  sv: 'och att som inte av det',
  da: 'og er ikke til af',
  no: 'og er ikke til af',
  fi: 'ja ei se oli ovat',
  pl: 'nie na jest jak',
  cs: 'je jsou ako aj',
  sk: 'je jsou ako aj',
  tr: 'bir bu ile',
  id: 'di ini itu dengan untuk dari',
  tl: 'ang ng mga si',
  ro: 'cu pe nu este',
  hu: 'az hogy nem egy',
  la: 'sunt cum quod sed',
  af: 'vir wat hy sy nie te om',
  eo: 'kaj estas',
};
const OTHER_WORDS = new Set(Object.values(OTHER_WORDS_OF).join(' ').split(' '));
/** A word of the text, in lower case ASCII letters (`don't` one word). */
const WORD = /[a-z]+(?:['’][a-z]+)?/g;
const WORDS_OF = new Map(Object.entries(OTHER_WORDS_OF).map(([language, words]) => [language, new Set(words.split(' '))]));
/** At least this many words, and at least this share of them English, with foreign words at most `FOREIGN_SHARE`. */
const MIN_WORDS = 40;
const ENGLISH_SHARE = 0.2;
const FOREIGN_SHARE = 0.01;
/** A sentence this long with not one of the English words is taken for another language's. */
const LONG_SENTENCE = 6;

/**
 * True when the text is plainly English: letters all ASCII, a fifth or more of
 * the words English function words, every sentence of some length with at
 * least one of them, and next to none of another language's words.
 * Note: a shortcut past loading tinyld (40 ms or more of a small conversion). Where it
 * says English, tinyld does not name another language (test/enrich.test.ts holds it to
 * that on the samples and on mixtures with other languages), but on a short plain story
 * tinyld may not rank English clearly enough to answer: page-furniture's BBC story, `en`
 * 0.068 against `it` 0.035. There the shortcut's answer is the right one.
 */
export function plainlyEnglish(text: string): boolean {
  // Note: a letter outside ASCII (é, ß, ø, ł, ş) is the other languages' surest sign; `£`, `—` and curly quotes are not letters.
  if (/[^\P{L}A-Za-z]/u.test(text)) return false;
  let words = 0;
  let english = 0;
  let foreign = 0;
  for (const sentence of text.toLowerCase().split(/[.!?;\n]+/)) {
    const found = sentence.match(WORD) ?? [];
    let ours = 0;
    for (const word of found) {
      if (ENGLISH_WORDS.has(word)) ours++;
      else if (OTHER_WORDS.has(word)) foreign++;
    }
    if (ours === 0 && found.length >= LONG_SENTENCE) return false;
    words += found.length;
    english += ours;
  }
  return words >= MIN_WORDS && english >= ENGLISH_SHARE * words && foreign <= FOREIGN_SHARE * words;
}

/** tinyld's answer: the language with a clear win in the opening window, or in a longer one when the opening has none. */
export async function detectLanguage(text: string): Promise<string | undefined> {
  const { detectAll } = (await import('tinyld/light')) as { detectAll: (text: string) => { lang: string; accuracy: number }[] };
  for (const size of WINDOWS) {
    const window = text.slice(0, size);
    const [first, second] = detectAll(window);
    // Note: only a clear winner counts, and one the text's words bear out; mixed or odd text gets no language rather
    // than a wrong one.
    if (first !== undefined && (second === undefined || first.accuracy >= CLEAR_WIN * second.accuracy)) return bornOut(first.lang, window) ? first.lang : undefined;
    if (text.length <= size) break;
  }
  return undefined;
}

/**
 * Whether the text's own words bear out tinyld's answer. Note: its light model takes some English for another
 * language with a clear win (`The Senate passed a stopgap spending bill.` is Dutch to it, 1.0 against nothing); such
 * text has English's function words and not one of that language's (`het`, `een`, `niet`, …), and gets no answer.
 */
function bornOut(language: string, text: string): boolean {
  const theirs = WORDS_OF.get(language);
  if (theirs === undefined) return true;
  let words = 0;
  let english = 0;
  for (const word of text.toLowerCase().match(WORD) ?? []) {
    words++;
    if (theirs.has(word)) return true;
    if (ENGLISH_WORDS.has(word)) english++;
  }
  return english < ENGLISH_SHARE * words;
}

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
  if (text.length >= MIN_TEXT) language = plainlyEnglish(text.slice(0, WINDOWS[0])) ? 'en' : await detectLanguage(text);
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
