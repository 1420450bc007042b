/**
 * `--timezone`: the zone of date lines that give a time but no offset
 * (`Published: 16 Feb 2024 14:30`). An IANA name (`Asia/Riyadh`, with its
 * daylight-saving rules, from the platform's Intl) or a fixed offset (`+03:00`).
 */

const FIXED = /^[+-]\d{2}:\d{2}$|^Z$/;

/** True when the zone is a fixed offset or a zone name the platform knows. */
export function isTimezone(zone: string): boolean {
  if (FIXED.test(zone)) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The zone's offset from UTC, in minutes, at an instant. */
function offsetMinutes(zone: string, epochMs: number): number {
  if (zone === 'Z') return 0;
  if (FIXED.test(zone)) return (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(new Date(epochMs)).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

function formatOffset(minutes: number): string {
  if (minutes === 0) return 'Z';
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** `2024-02-16T14:30:00` in `zone` → `2024-02-16T14:30:00+03:00`. Dates without a time, and times with an offset, are left as they are. */
export function applyTimezone(iso: string, zone: string): string {
  if (iso.length === 10 || /(?:Z|[+-]\d{2}:\d{2})$/.test(iso)) return iso;
  const asUtc = Date.parse(`${iso}Z`);
  // The offset at the local time: take it at the UTC reading, then again at the corrected instant (DST edges).
  const first = offsetMinutes(zone, asUtc);
  return `${iso}${formatOffset(offsetMinutes(zone, asUtc - first * 60_000))}`;
}

/** IANA zone names by their city, in lower case (`paris` → `Europe/Paris`, `new york` → `America/New_York`). */
let zonesByCity: Map<string, string> | undefined;

/**
 * The zone a city names, as the platform's IANA zones do (`Paris` → `Europe/Paris`), or undefined (`Beijing`, whose
 * zone is `Asia/Shanghai`). Note: the platform's list, not one of our own; built on the first ask.
 */
export function cityZone(city: string): string | undefined {
  if (zonesByCity === undefined) {
    zonesByCity = new Map();
    for (const zone of Intl.supportedValuesOf('timeZone')) {
      const name = zone.slice(zone.lastIndexOf('/') + 1).replaceAll('_', ' ').toLowerCase();
      if (zone.includes('/') && !zonesByCity.has(name)) zonesByCity.set(name, zone);
    }
  }
  return zonesByCity.get(city.toLowerCase());
}
