/** Dates as feed formats want them. */

const OFFSET = /(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * RFC 3339 (Atom, JSON Feed) for an ISO 8601 `published` value. Note: a date
 * without a time, or a time without an offset, is taken as UTC: feeds need a
 * full instant, and the input did not give a zone.
 */
export function rfc3339(iso: string): string {
  if (iso.length === 10) return `${iso}T00:00:00Z`;
  return OFFSET.test(iso) ? iso : `${iso}Z`;
}

/** The instant of an ISO 8601 `published` value (see `rfc3339`). */
export function toInstant(iso: string): Date {
  return new Date(rfc3339(iso));
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const twoDigits = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/**
 * RFC 822 as RSS 2.0 wants it: `Fri, 16 Feb 2024 00:00:00 GMT`, as `toUTCString()` writes it.
 * Note: from the date's fields, not `toUTCString()`: V8's first date-to-text call sets up its formatting, ~0.9 ms of a
 * small conversion. Years outside 0 to 9999 (never from a parsed dump) are left to it. A property test holds the two equal.
 */
export function rfc822(iso: string): string {
  const date = toInstant(iso);
  const year = date.getUTCFullYear();
  if (!(year >= 0 && year <= 9999)) return date.toUTCString();
  return `${DAYS[date.getUTCDay()]}, ${twoDigits(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ${String(year).padStart(4, '0')} ${twoDigits(date.getUTCHours())}:${twoDigits(date.getUTCMinutes())}:${twoDigits(date.getUTCSeconds())} GMT`;
}

/** The epoch, as the feed date of last resort: deterministic, and plainly not a real date. */
export const NO_DATE = '1970-01-01T00:00:00Z';

/** The newest of the `published` values it is shown, by instant, kept as written (ties keep the first). */
export class NewestDate {
  value: string | undefined;
  private time = -Infinity;

  note(iso: string | undefined): void {
    if (iso === undefined) return;
    const time = toInstant(iso).getTime();
    if (time > this.time) {
      this.time = time;
      this.value = iso;
    }
  }
}
