/**
 * Full dates found in text, via chrono-node's strict English parser.
 *
 * Note: only a date whose day, month and year are all written counts. A
 * dateline's `March 3` has no year, and guessing one from the clock would make
 * the output depend on the day it ran: such dates are left unset, never invented.
 */
import { Chrono, configuration } from 'chrono-node/en';

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

function chrono(): Chrono {
  if (parser === undefined) {
    const strict = configuration.createConfiguration(true, false);
    parser = new Chrono({
      parsers: strict.parsers.filter((p) => ABSOLUTE_PARSERS.has(p.constructor.name)),
      refiners: strict.refiners,
    });
  }
  return parser;
}

/** A full date writes its year; text without four digits in a row cannot hold one, and chrono is not asked. */
const HAS_YEAR = /\d{4}/;
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
  for (const result of chrono().parse(text, REFERENCE)) {
    const c = result.start;
    if (!c.isCertain('year') || !c.isCertain('month') || !c.isCertain('day')) continue;
    // Note: "2 hours ago" makes chrono certain of a year it computed; a real date writes it.
    if (!HAS_YEAR.test(result.text)) continue;
    // Note: 03/06/2025 is 3 June in London and March 6 in New York; with no way to tell, it is no date.
    if (isAmbiguousNumericDate(result.text)) continue;
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

/** `03/06/2025`: day and month both 12 or less and different, so their order cannot be told. */
export function isAmbiguousNumericDate(text: string): boolean {
  const numeric = NUMERIC_DATE.exec(text);
  return numeric !== null && Number(numeric[1]) <= 12 && Number(numeric[2]) <= 12 && numeric[1] !== numeric[2];
}

/** The date of a `Published:`/`Updated` line's value, when the value is essentially just a date. */
export function parseDateLineValue(value: string): string | undefined {
  const found = findFullDate(value);
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
