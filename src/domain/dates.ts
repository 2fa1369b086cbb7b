/**
 * Dates as a reader reads them, the same in questions, worksheets and the quiz's start screen.
 * Pure: no DOM, no locale-dependent calls (one seed gives one quiz, everywhere).
 */

/** The months in English, January first. */
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** An ISO date as a reader reads it: "2022", "June 2024", "19 June 2024"; anything else as given. */
export function renderDate(iso: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  const month = m?.[2] ? MONTH_NAMES[Number(m[2]) - 1] : undefined;
  if (!m || (m[2] && !month)) return iso;
  return [m[3] ? String(Number(m[3])) : '', month ?? '', m[1]].filter(Boolean).join(' ');
}
