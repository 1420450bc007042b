/** Dates as feed formats want them. */

/**
 * The instant of an ISO 8601 `published` value. Note: a date without a time,
 * or a time without an offset, is taken as UTC: feeds need a zone, and the
 * input did not give one.
 */
export function toInstant(iso: string): Date {
  const floating = !/(?:Z|[+-]\d{2}:\d{2})$/.test(iso);
  const full = iso.length === 10 ? `${iso}T00:00:00Z` : floating ? `${iso}Z` : iso;
  return new Date(full);
}

/** RFC 822 as RSS 2.0 wants it: `Fri, 16 Feb 2024 00:00:00 GMT`. */
export function rfc822(iso: string): string {
  return toInstant(iso).toUTCString();
}
