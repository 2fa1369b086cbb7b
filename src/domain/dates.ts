/**
 * Dates as a reader reads them, the same in questions, worksheets and the quiz's start screen.
 * Pure: no DOM, no locale-dependent calls (one seed gives one quiz, everywhere).
 */

/** The months in English, January first. */
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** The days of the week, from Monday. */
export const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/**
 * Where a name stands in the calendar, when every name of `names` is a day of the week or every one a
 * month ("Monday", "Tuesday"): its place, to show options in the order a reader knows; else `null`.
 */
export function calendarPlaces(names: readonly string[]): number[] | null {
  for (const list of [DAY_NAMES, MONTH_NAMES] as readonly (readonly string[])[]) {
    const places = names.map((n) => list.findIndex((d) => d.toLowerCase() === n.trim().toLowerCase()));
    if (places.every((p) => p >= 0)) return places;
  }
  return null;
}

/** An ISO date as a reader reads it: "2022", "June 2024", "19 June 2024"; anything else as given. */
export function renderDate(iso: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  const month = m?.[2] ? MONTH_NAMES[Number(m[2]) - 1] : undefined;
  if (!m || (m[2] && !month)) return iso;
  return [m[3] ? String(Number(m[3])) : '', month ?? '', m[1]].filter(Boolean).join(' ');
}
