/**
 * Calendar days as plain integers (days since 1970-01-01, UTC), so that date
 * arithmetic never depends on the machine's time zone or clock.
 */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;
const MS_PER_DAY = 86_400_000;

/** Day number of an ISO date or timestamp; only the calendar date part is read. */
export function dayNumber(iso: string): number {
  const m = ISO_DAY.exec(iso);
  if (!m) throw new RangeError(`not an ISO date: ${iso}`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(year, month - 1, day);
  // Date.UTC rolls 2025-02-30 over into March; a date that moves was never valid.
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) {
    throw new RangeError(`not a calendar date: ${iso}`);
  }
  return ms / MS_PER_DAY;
}

export function isoFromDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function yearOfDay(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

export function dateOfDay(day: number): Date {
  return new Date(day * MS_PER_DAY);
}
