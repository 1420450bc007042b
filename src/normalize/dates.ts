/**
 * Full dates found in text, via chrono-node's strict English parser, with fast
 * paths for the one plain date of a caption or a byline (`…, March 12, 2025.`)
 * and for a date line's date and time in GMT or UTC (`3 March 2025 09:15 GMT`);
 * a date written with another language's month name (`12 février 2025`,
 * `3 de marzo de 2025`) via chrono's parser for that language.
 *
 * Note: only a date whose day, month and year are all written counts. A
 * dateline's `March 3` has no year, and guessing one from the clock would make
 * the output depend on the day it ran: such dates are left unset, never invented.
 */
import { createRequire } from 'node:module';
import type { Chrono } from 'chrono-node/en';
import { bundledFile } from '../bundled.js';
import { ARABIC_MONTHS, ARABIC_MONTH_NAMES, INTL_LOCALES, type IntlLocale, asciiDigits, intlLocalesOf } from '../months.js';

/** chrono needs a reference date for relative phrases; a fixed one keeps this a pure function. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

/**
 * Note: chrono's strict English parsers minus the relative ones ("within 2
 * hours", "3 days ago", "later"): those can never give a written year, and
 * their very large patterns cost ~70 ms to compile at the first parse.
 */
const ABSOLUTE_PARSERS = new Set([
  'ENYearMonthDayParser',
  'ISOFormatParser',
  'SlashDateFormatParser',
  'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser',
  'ENWeekdayParser',
  'ENTimeExpressionParser',
  'ENYearMonthNameParser',
]);

let parser: Chrono | undefined;

/**
 * chrono is loaded when a text first needs it, not at start: loading it and
 * its first parse cost ~60 ms, most of converting a small dump whose dates all
 * take the fast path. It is bundled on its own (dist/chrono.cjs, one file
 * where the package is ~100), and read from node_modules when running from source.
 */
function chrono(): Chrono {
  if (parser === undefined) {
    const requireCjs = createRequire(import.meta.url);
    const { Chrono, configuration } = requireCjs(bundledFile('chrono.cjs', import.meta.url) ?? 'chrono-node/en') as typeof import('chrono-node/en');
    const strict = configuration.createConfiguration(true, false);
    parser = new Chrono({
      parsers: strict.parsers.filter((p) => ABSOLUTE_PARSERS.has(p.constructor.name)),
      refiners: strict.refiners,
    });
  }
  return parser;
}

/** A full date writes its year; text without four digits in a row cannot hold one, and chrono is not asked. Note: Arabic-Indic digits too (see arabicDate). */
const HAS_YEAR = /\d{4}|[٠-٩]{4}/;
const NUMERIC_DATE = /\b(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}\b/;

export interface FoundDate {
  /** ISO 8601: `2024-02-16`, `2024-02-16T14:30:00`, or `2024-02-16T14:30:00+03:00`. */
  iso: string;
  /** Where the date text starts in the input, and the text itself. */
  index: number;
  text: string;
}

/**
 * Short texts (date lines: `Published: 3 March 2025 09:15 GMT`) repeat across a
 * dump, and chrono costs ~80 µs a parse: their results are kept, a bounded number.
 */
const CACHE_TEXT = 80;
const CACHE_SIZE = 4096;
const cache = new Map<string, FoundDate | null>();

/** The first full date (day, month and written year) in the text. */
export function findFullDate(text: string): FoundDate | undefined {
  if (!HAS_YEAR.test(text)) return undefined;
  if (text.length > CACHE_TEXT) return parseFullDate(text);
  const known = cache.get(text);
  if (known !== undefined) return known ?? undefined;
  const found = parseFullDate(text);
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(text, found ?? null);
  return found;
}

function parseFullDate(text: string): FoundDate | undefined {
  let quick = plainDateTime(text);
  if (quick === UNSURE) quick = plainDate(text);
  if (quick === UNSURE) quick = cjkDate(text);
  if (quick === UNSURE) quick = arabicDate(text);
  return quick === UNSURE ? (chronoFullDate(text) ?? intlFullDate(text)) : quick;
}

let intlParsers: Readonly<Record<IntlLocale, Chrono>> | undefined;

/**
 * chrono's strict parsers for the other languages, loaded the first time a text writes one of their month names: from
 * their own bundle (dist/chrono-intl.cjs, built from the same locale list), or from node_modules when running from source.
 */
function intlChrono(locale: IntlLocale): Chrono {
  if (intlParsers === undefined) {
    const requireCjs = createRequire(import.meta.url);
    const bundle = bundledFile('chrono-intl.cjs', import.meta.url);
    intlParsers =
      bundle === undefined
        ? (Object.fromEntries(INTL_LOCALES.map((name) => [name, (requireCjs(`chrono-node/${name}`) as { strict: Chrono }).strict])) as Record<IntlLocale, Chrono>)
        : (requireCjs(bundle) as { parsers: Record<IntlLocale, Chrono> }).parsers;
  }
  return intlParsers[locale];
}

/**
 * The first full date in the text written with a French, Spanish, German, Italian, Portuguese or Dutch month name.
 * Note: a month several of them write (`marzo`) is read by each, and the reading that takes in most of the text
 * wins: Italian's `3 marzo 2025 alle 14:30` has a time that Spanish's parser leaves out.
 */
export function intlFullDate(text: string): FoundDate | undefined {
  let best: FoundDate | undefined;
  for (const locale of intlLocalesOf(text)) {
    const found = certainDate(intlChrono(locale), text);
    if (found !== undefined && (best === undefined || found.text.length > best.text.length)) best = found;
  }
  return best;
}

/** A date as Chinese and Japanese write it, `2024年3月19日`, or Korean, `2024년 3월 19일`, perhaps with a time (`10:15`). */
const CJK_DATE = /((\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일])(?:\s*(\d{1,2}):(\d{2}))?/;

/**
 * The first CJK-written date in the text, which chrono's English parsers do not read; `UNSURE` when there is none
 * (or it names no real day), and chrono is asked as before.
 */
export function cjkDate(text: string): FoundDate | typeof UNSURE {
  if (!text.includes('年') && !text.includes('년')) return UNSURE;
  const match = CJK_DATE.exec(text);
  if (match === null) return UNSURE;
  const [whole, date, year, month, day, hour, minute] = match;
  const iso = isoDay(day, MONTHS[Number(month) - 1], year);
  if (iso === undefined) return UNSURE;
  if (hour === undefined || Number(hour) > 23 || Number(minute) > 59) return { iso, index: match.index, text: date as string };
  return { iso: `${iso}T${pad(Number(hour))}:${minute}:00`, index: match.index, text: whole };
}

const ARABIC_MONTH_NUMBER = new Map(ARABIC_MONTHS.flatMap((names, i) => names.map((name) => [name, i + 1] as const)));
/**
 * `27 نوفمبر 2026`, perhaps with a time before it (Asharq Al-Awsat's `10:15-27 نوفمبر 2026 م`) or after it
 * (`27 نوفمبر 2026 10:15`). The Hijri date that may follow (`ـ 26 جمادى الأولى 1448 هـ`) is left alone.
 */
const ARABIC_DATE = new RegExp(`(?:(\\d{1,2}):(\\d{2})\\s*[-–،,]?\\s*)?(\\d{1,2})\\s+(${ARABIC_MONTH_NAMES})\\s+(\\d{4})(?:\\s*م)?(?:\\s*[-–،,]?\\s*(\\d{1,2}):(\\d{2}))?`);
const ARABIC_LETTER = /[\u0621-\u064A]/;

/** The first date written in Arabic in the text (chrono has no Arabic parser); `UNSURE` when there is none. */
export function arabicDate(text: string): FoundDate | typeof UNSURE {
  if (!ARABIC_LETTER.test(text)) return UNSURE;
  const match = ARABIC_DATE.exec(asciiDigits(text));
  if (match === null) return UNSURE;
  const [whole, hourBefore, minuteBefore, day, month, year, hourAfter, minuteAfter] = match;
  const iso = isoDay(day, MONTHS[(ARABIC_MONTH_NUMBER.get(month as string) as number) - 1], year);
  if (iso === undefined) return UNSURE;
  const hour = hourBefore ?? hourAfter;
  const minute = minuteBefore ?? minuteAfter;
  if (hour === undefined || Number(hour) > 23 || Number(minute) > 59) return { iso, index: match.index, text: whole };
  return { iso: `${iso}T${pad(Number(hour))}:${minute}:00`, index: match.index, text: whole };
}

/** The first full date chrono finds in the text (exported for the property that holds the fast path to it). */
export function chronoFullDate(text: string): FoundDate | undefined {
  return certainDate(chrono(), text);
}

/** The first date the parser finds in the text whose day, month and written year are all certain (`dayFirst`: known to put the day first). */
function certainDate(parser: Chrono, text: string, dayFirst = false): FoundDate | undefined {
  for (const result of parser.parse(text, REFERENCE)) {
    const c = result.start;
    if (!c.isCertain('year') || !c.isCertain('month') || !c.isCertain('day')) continue;
    // Note: "2 hours ago" makes chrono certain of a year it computed; a real date writes it.
    if (!HAS_YEAR.test(result.text)) continue;
    // Note: 03/06/2025 is 3 June in London and March 6 in New York; with no way to tell, it is no date.
    if (!dayFirst && isAmbiguousNumericDate(result.text)) continue;
    let iso = `${pad(c.get('year'), 4)}-${pad(c.get('month'))}-${pad(c.get('day'))}`;
    if (c.isCertain('hour')) {
      iso += `T${pad(c.get('hour'))}:${pad(c.get('minute'))}:${pad(c.get('second'))}`;
      const offset = c.get('timezoneOffset');
      if (c.isCertain('timezoneOffset') && offset !== null) iso += formatOffset(offset);
    }
    return { iso, index: result.index, text: result.text };
  }
  return undefined;
}

/** What the fast path says when it cannot be sure of chrono's answer. */
export const UNSURE = Symbol('unsure');

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH = MONTHS.join('|');
/** `12 March 2025` or `March 12, 2025`, as whole words. */
const PLAIN_DATE = new RegExp(`(?<!\\w)(?:(\\d{1,2}) (${MONTH}) (\\d{4})|(${MONTH}) (\\d{1,2}), (\\d{4}))(?!\\w)`, 'g');
const DIGIT = /\d/g;
/** Words chrono reads as months or weekdays (its dictionaries, with or without a full stop), in lower case. */
const MONTH_WORDS = new Set([...MONTHS.map((month) => month.toLowerCase()), 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sun', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat'];
// Note: chrono also reads a weekday glued to `on` or `this`/`last`/`past`/`next` (`Onsat`: on Saturday).
const WEEKDAY_WORDS = new Set(['', 'on'].flatMap((on) => ['', 'this', 'last', 'past', 'next'].flatMap((which) => WEEKDAYS.map((day) => on + which + day))));
const WORD = /\w+/g;

/**
 * How many of the text's words (runs of `\w`) are months, and whether one is a weekday, in any case.
 * Note: one pass over the words and two sets, for what were two patterns of every month and weekday name:
 * they cost a small conversion's start ~2 ms to compile. A test pins it to those patterns.
 */
export function monthAndWeekdayWords(text: string): { months: number; weekday: boolean } {
  let months = 0;
  let weekday = false;
  for (const [word] of text.matchAll(WORD)) {
    const lower = word.toLowerCase();
    if (MONTH_WORDS.has(lower)) months++;
    else if (WEEKDAY_WORDS.has(lower)) weekday = true;
  }
  return { months, weekday };
}
/** Before a date, what chrono could read as the start of a range or an ordinal day (`first`, `fourth of`). */
const JOINABLE_BEFORE = /(?:first|second|third|th|to|until|through|till|of|[-–/])\s*$/i;
/** chrono takes a leading `on` into a day-month-year date's text. */
const LEADING_ON = /(?:^|\W)(on\s{0,3})$/i;
/** After a date, what chrono could join to it: a time zone (`GMT`, `(EST)`: upper case, as chrono wants for a bare date), an era, a range or a time. */
const ZONE_AFTER = /^\s*,?\s*\(?[A-Z]{2,4}\)?(?!\w)/;
const JOINABLE_AFTER = /^\s{0,2}(?:bce?|ad|be|ce)(?!\w)|^\s*(?:[-–/:]|(?:to|until|through|till)(?!\w))/i;

/**
 * The text's one full date, when it is plainly written and nothing else in the
 * text could make chrono answer differently; `UNSURE` otherwise, and chrono is
 * asked. A property in the tests holds this to chrono's own answer.
 *
 * Note: conservative by design. The date must be the text's only digits, its
 * month name the only month-like word, with no weekday near or far, nothing
 * before it that chrono reads as a day or a range, and nothing after it that
 * chrono joins to it.
 */
export function plainDate(text: string): FoundDate | typeof UNSURE {
  PLAIN_DATE.lastIndex = 0;
  const match = PLAIN_DATE.exec(text);
  if (match === null || PLAIN_DATE.exec(text) !== null) return UNSURE;
  const [whole, leDay, leMonth, leYear, meMonth, meDay, meYear] = match;
  if ((text.match(DIGIT)?.length ?? 0) !== (whole.match(DIGIT)?.length ?? 0)) return UNSURE;
  const words = monthAndWeekdayWords(text);
  if (words.months !== 1 || words.weekday) return UNSURE;
  const before = text.slice(0, match.index);
  const after = text.slice(match.index + whole.length);
  if (JOINABLE_BEFORE.test(before) || ZONE_AFTER.test(after) || JOINABLE_AFTER.test(after)) return UNSURE;
  const iso = isoDay(leDay ?? meDay, leMonth ?? meMonth, leYear ?? meYear);
  if (iso === undefined) return UNSURE;
  const on = leDay === undefined ? undefined : LEADING_ON.exec(before)?.[1];
  const index = match.index - (on?.length ?? 0);
  return { iso, index, text: text.slice(index, match.index + whole.length) };
}

/** `2025-03-12` for a day that exists, in the years the fast paths answer for; undefined otherwise. */
function isoDay(dayText: string | undefined, monthName: string | undefined, yearText: string | undefined): string | undefined {
  const year = Number(yearText);
  const month = MONTHS.indexOf(monthName as string) + 1;
  const day = Number(dayText);
  if (year < 1900 || year > 2099 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** A date line's usual value, the whole text: `3 March 2025 09:15 GMT`, `March 3, 2025, 09:15 UTC`. */
const PLAIN_DATE_TIME = new RegExp(`^(?:(\\d{1,2}) (${MONTH}) (\\d{4})|(${MONTH}) (\\d{1,2}), (\\d{4})),? (\\d{1,2}):(\\d{2}) (?:GMT|UTC)$`);

/**
 * The second fast path: a text that is only a plain date, a 24-hour time and
 * GMT or UTC, which chrono reads as that minute at offset zero; `UNSURE` for
 * anything else (a time past 23:59 included, which chrono reads otherwise).
 * The same property in the tests holds it to chrono's answer.
 */
export function plainDateTime(text: string): FoundDate | typeof UNSURE {
  const match = PLAIN_DATE_TIME.exec(text);
  if (match === null) return UNSURE;
  const [, leDay, leMonth, leYear, meMonth, meDay, meYear, hour, minute] = match;
  const day = isoDay(leDay ?? meDay, leMonth ?? meMonth, leYear ?? meYear);
  if (day === undefined || Number(hour) > 23 || Number(minute) > 59) return UNSURE;
  return { iso: `${day}T${pad(Number(hour))}:${minute}:00Z`, index: 0, text };
}

/** How a dump writes numeric dates that read either way: day first (`05/02/2025` is 5 February) or month first. */
export type DateOrder = 'dmy' | 'mdy';

/** Every numeric date with a four-digit year (`05/02/2025`, `5.2.2025`): day or month, the other, the year. */
const NUMERIC_DATES = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/g;

/** A date in words (`5 February 2025`), which reads one way only; undefined for no such day. */
function spelled(day: string, month: string, year: string): string | undefined {
  const name = MONTHS[Number(month) - 1];
  return name === undefined || isoDay(day, month, year) === undefined ? undefined : `${Number(day)} ${name} ${year}`;
}

/** `03/06/2025`: day and month both 12 or less and different, so their order cannot be told. */
export function isAmbiguousNumericDate(text: string): boolean {
  const numeric = NUMERIC_DATE.exec(text);
  return numeric !== null && Number(numeric[1]) <= 12 && Number(numeric[2]) <= 12 && numeric[1] !== numeric[2];
}

/**
 * The date of a `Published:`/`Updated` line's value, when the value is essentially just a date. `locale`: the language
 * of the line's label, when it is one of months.ts's, all of which write the day first: then `12.02.2025` is no longer
 * ambiguous, and that language's parser reads it.
 */
export function parseDateLineValue(value: string, locale?: IntlLocale, order?: DateOrder): string | undefined {
  // With the dump's order given (--date-order), a numeric date that reads either way is written out in words.
  if (order !== undefined && isAmbiguousNumericDate(value)) value = value.replace(NUMERIC_DATES, (date, first: string, second: string, year: string) => spelled(order === 'dmy' ? first : second, order === 'dmy' ? second : first, year) ?? date);
  const english = findFullDate(value);
  // Note: the label's language reads what English reads only in part too: Le Figaro's `28/11/2026 à 10:32` has its
  // time in French. The reading that takes in more of the value wins.
  const own = locale === undefined || !HAS_YEAR.test(value) || (english !== undefined && english.text.length === value.length) ? undefined : certainDate(intlChrono(locale), value, true);
  const found = own !== undefined && (english === undefined || own.text.length > english.text.length) ? own : english;
  if (found === undefined) return undefined;
  // Note: "Posted to Iraq in 2003, he…" is a sentence, not a date line: the date must be most of the value.
  const before = found.index;
  const after = value.length - (found.index + found.text.length);
  return before <= 12 && after <= 24 ? found.iso : undefined;
}

function pad(n: number | null, width = 2): string {
  return String(n ?? 0).padStart(width, '0');
}

function formatOffset(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
