// Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so that the host's time zone and daylight
// saving never shift a day.

const DAY_MS = 86_400_000;

/** Milliseconds since the epoch of an ISO date at 00:00 UTC. */
export function utcMs(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y!, m! - 1, d!);
}

/** The ISO date (YYYY-MM-DD) of a UTC timestamp. */
export const isoOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** Whole days from `from` to `to` (negative when `to` comes first). */
export const daysBetween = (from: string, to: string): number => Math.round((utcMs(to) - utcMs(from)) / DAY_MS);

/** `iso` moved by `days` days. */
export const addDays = (iso: string, days: number): string => isoOf(utcMs(iso) + days * DAY_MS);

/** `iso` moved by `months` months, on the same day or, when that month is shorter, its last day. */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const first = new Date(Date.UTC(y!, m! - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return isoOf(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d!, lastDay)));
}

/** The month of an ISO date, 1 (January) to 12. */
export const monthOf = (iso: string): number => Number(iso.slice(5, 7));

/** Day of the week of an ISO date, 0 (Sunday) to 6 (Saturday). */
export const weekdayOf = (iso: string): number => new Date(utcMs(iso)).getUTCDay();

/**
 * The `n`th working day after `iso`. Working days are Monday to Friday; public holidays are not known
 * to the tool, so a deadline that crosses one is one day early (never late).
 */
export function addWorkingDays(iso: string, n: number): string {
  let d = iso;
  for (let left = n; left > 0;) {
    d = addDays(d, 1);
    const w = weekdayOf(d);
    if (w !== 0 && w !== 6) left--;
  }
  return d;
}

/** True for a YYYY-MM-DD string naming a day that exists (2027-02-30 does not). */
export function isIsoDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  return isoOf(utcMs(s)) === s;
}
