/**
 * Calendar dates in the person's own time zone, as ISO strings ("2026-11-23"): what "today" means to them.
 */
export function localDate(moment: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

// One formatter for the session: building one per call (toLocaleDateString) dominated drawing a long history.
// Built on first use, not at load: the first one loads the locale's calendar data (~50 ms), which a
// start showing no date need not wait for.
let dateFormat: Intl.DateTimeFormat | undefined;
let timeFormat: Intl.DateTimeFormat | undefined;
let secondsFormat: Intl.DateTimeFormat | undefined;

/** "23 Nov 2026" in the person's locale, for showing a stored ISO date. */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  dateFormat ??= new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
  return dateFormat.format(new Date(year, month - 1, day));
}

/**
 * "09:14" (or "9:14 AM") in the person's locale and time zone, for a stored ISO timestamp; "09:14:42"
 * with `seconds`, to tell apart two moments of one minute.
 */
export function formatTime(isoTimestamp: string, seconds = false): string {
  const moment = new Date(isoTimestamp);
  if (Number.isNaN(moment.getTime())) return '';
  if (seconds) {
    secondsFormat ??= new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
    return secondsFormat.format(moment);
  }
  timeFormat ??= new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
  return timeFormat.format(moment);
}
