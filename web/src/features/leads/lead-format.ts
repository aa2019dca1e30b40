/** Pure wording helpers for leads: relative deadlines, budgets and profile summaries, through Intl. */

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "in 3 days", "2 hours ago": the largest unit that fits, rounded towards now. */
export function relativeTime(iso: string, locale: string, now = Date.now()): string {
  const seconds = (new Date(iso).getTime() - now) / 1000;
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return rtf.format(Math.trunc(seconds / size), unit);
  }
  return rtf.format(Math.trunc(seconds / 60), 'minute');
}

export function isPast(iso: string, now = Date.now()): boolean {
  return new Date(iso).getTime() < now;
}

/** "€10,000–€25,000", "from €5,000", "up to ARS 2,000,000"; null when no figure is known. */
export function budgetRange(
  b: { min: number | null; max: number | null; currency: string },
  locale: string,
): { kind: 'range' | 'from' | 'upTo'; text: string } | null {
  let money: Intl.NumberFormat;
  try {
    money = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: b.currency,
      maximumFractionDigits: 0,
    });
  } catch {
    money = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  }
  if (b.min !== null && b.max !== null)
    return b.min === b.max
      ? { kind: 'range', text: money.format(b.min) }
      : { kind: 'range', text: money.formatRange(b.min, b.max) };
  if (b.min !== null) return { kind: 'from', text: money.format(b.min) };
  if (b.max !== null) return { kind: 'upTo', text: money.format(b.max) };
  return null;
}

/** Total people and distinct technologies a lead asks for. */
export function profileTotals(profiles: Array<{ count: number; technology: { id: string } }>) {
  return {
    people: profiles.reduce((n, p) => n + p.count, 0),
    technologies: new Set(profiles.map((p) => p.technology.id)).size,
  };
}

/** Today as an ISO date in the reader's time zone (date inputs speak local days). */
export function todayIso(now = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** A local date-time input's value ("2031-02-01T17:00") as an ISO instant with offset, or null. */
export function localDateTimeToIso(value: string): string | null {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** An ISO instant as a local date-time input's value. */
export function isoToLocalDateTime(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A 429's wait, from Retry-After (seconds or an HTTP date), in whole minutes, at least one. */
export function retryMinutes(header: string | null, now = Date.now()): number {
  if (!header) return 1;
  const seconds = /^\d+$/.test(header.trim()) ? Number(header) : (Date.parse(header) - now) / 1000;
  return Number.isFinite(seconds) ? Math.max(1, Math.ceil(seconds / 60)) : 1;
}
