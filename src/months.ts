/**
 * The month and weekday names of the other languages whose dates feedconv
 * reads (French, Spanish, German, Italian, Portuguese, Dutch): the segmenter
 * knows a date line by them, and the normalizer which of chrono's parsers to
 * ask for its date. Pure data and two lookups; chrono does the reading.
 * And Arabic's, which chrono does not read: dates.ts does (`arabicDate`).
 */

/** The languages, as chrono-node names its locales. */
export const INTL_LOCALES = ['fr', 'es', 'de', 'it', 'pt', 'nl'] as const;
export type IntlLocale = (typeof INTL_LOCALES)[number];

/**
 * Month names (and the abbreviations French and Spanish papers print that English does not: `févr.`, El País'
 * `28 ago 2026`), in lower case. Note: not `nov` and the other abbreviations English shares: English reads them, and a
 * text with `may` would be read by Spanish's parser too wherever English found no date.
 */
const MONTHS: Readonly<Record<IntlLocale, string>> = {
  fr: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre janv févr avr juil déc',
  es: 'enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre ene abr ago dic',
  de: 'januar jänner februar märz april mai juni juli august september oktober november dezember',
  it: 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
  pt: 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
  nl: 'januari februari maart april mei juni juli augustus september oktober november december',
};

/** Weekday names, in lower case. */
const WEEKDAYS: Readonly<Record<IntlLocale, string>> = {
  fr: 'lundi mardi mercredi jeudi vendredi samedi dimanche',
  es: 'lunes martes miércoles jueves viernes sábado domingo',
  de: 'montag dienstag mittwoch donnerstag freitag samstag sonntag',
  it: 'lunedì martedì mercoledì giovedì venerdì sabato domenica',
  pt: 'segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo',
  nl: 'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag',
};

/** Each month name with the languages that write it (`marzo`: Spanish and Italian). */
const LOCALES_OF_MONTH = new Map<string, IntlLocale[]>();
for (const locale of INTL_LOCALES) {
  for (const month of MONTHS[locale].split(' ')) LOCALES_OF_MONTH.set(month, [...(LOCALES_OF_MONTH.get(month) ?? []), locale]);
}

/** Every month name, longest first (so that `juillet` is not read as `juil`), for patterns. */
export const INTL_MONTH_NAMES = [...LOCALES_OF_MONTH.keys()].sort((a, b) => b.length - a.length).join('|');
/** One language's weekday names, for a pattern (`montag|dienstag|…`). */
export function weekdayNames(locale: IntlLocale): string {
  return WEEKDAYS[locale].replaceAll(' ', '|');
}

/** Every weekday name, for patterns. */
export const INTL_WEEKDAY_NAMES = [...new Set(INTL_LOCALES.flatMap((locale) => WEEKDAYS[locale].split(' ')))].join('|');

let monthWord: RegExp | undefined;

/** The languages whose month names the text writes, in `INTL_LOCALES` order; none for most text. */
export function intlLocalesOf(text: string): IntlLocale[] {
  monthWord ??= new RegExp(`(?<!\\p{L})(?:${INTL_MONTH_NAMES})(?!\\p{L})`, 'giu');
  const found = new Set<IntlLocale>();
  for (const match of text.matchAll(monthWord)) for (const locale of LOCALES_OF_MONTH.get(match[0].toLowerCase()) ?? []) found.add(locale);
  return INTL_LOCALES.filter((locale) => found.has(locale));
}

/**
 * The Gregorian months as Arabic writes them: the Egyptian and Gulf names (`نوفمبر`), with their common spellings, and
 * the Levantine ones (`تشرين الثاني`), each for its month number.
 */
export const ARABIC_MONTHS: readonly (readonly string[])[] = [
  ['يناير', 'كانون الثاني', 'جانفي'],
  ['فبراير', 'شباط', 'فيفري'],
  ['مارس', 'آذار'],
  ['أبريل', 'إبريل', 'ابريل', 'نيسان', 'أفريل'],
  ['مايو', 'أيار', 'ماي'],
  ['يونيو', 'يونيه', 'حزيران', 'جوان'],
  ['يوليو', 'يوليه', 'تموز', 'جويلية'],
  ['أغسطس', 'اغسطس', 'آب', 'أوت'],
  ['سبتمبر', 'أيلول'],
  ['أكتوبر', 'اكتوبر', 'تشرين الأول'],
  ['نوفمبر', 'تشرين الثاني'],
  ['ديسمبر', 'كانون الأول'],
];
/** The Arabic month names as a pattern's alternatives, the longer first (`كانون الثاني` before a shorter name). */
export const ARABIC_MONTH_NAMES = ARABIC_MONTHS.flat().sort((a, b) => b.length - a.length).join('|');

/** Arabic weekday names. */
export const ARABIC_WEEKDAY_NAMES = 'الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد';

/** Arabic-Indic digits (`٢٠٢٦`, and the Persian forms) as ASCII ones, a character for a character. */
export function asciiDigits(text: string): string {
  return text.replace(/[٠-٩۰-۹]/g, (digit) => String((digit.charCodeAt(0) - 0x0660) % 0x90));
}
