// Calendar days as forms, the API and the import write them ("2026-12-31"), read as the start
// of that day in Indonesia (WIB). Only real days of a plausible year: JavaScript would read
// "2027-02-31" as 3 March and "0000-01-01" as a date the database cannot store.

const WIB_OFFSET_MS = 7 * 3_600_000;
const DAY_TEXT = /^\d{4}-\d{2}-\d{2}$/;
/** Years a date of ours may fall in: certificates issued long ago, deadlines a few years out. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2200;

/** "2026-12-31" as the start of that day in WIB; null unless it is a real day of a plausible year. */
export function dayToDate(value: string): Date | null {
  if (!DAY_TEXT.test(value)) return null;
  const year = Number(value.slice(0, 4));
  if (year < FIRST_YEAR || year > LAST_YEAR) return null;
  const date = new Date(`${value}T00:00:00+07:00`);
  return Number.isNaN(date.getTime()) || dateToDay(date) !== value ? null : date;
}

/** Whether a text is written like a calendar day ("YYYY-MM-DD"), real or not. */
export function looksLikeDay(value: string): boolean {
  return DAY_TEXT.test(value);
}

/** The calendar day in Indonesia (WIB) of an instant, as YYYY-MM-DD. */
export function dateToDay(date: Date): string {
  return new Date(date.getTime() + WIB_OFFSET_MS).toISOString().slice(0, 10);
}

/** The number of the WIB day an instant falls on (arithmetic only: any valid Date, however far off, has one). */
function wibDayNumber(date: Date): number {
  return Math.floor((date.getTime() + WIB_OFFSET_MS) / 86_400_000);
}

/** Whether an instant falls on a day (WIB) before today: a delivery or validity day already gone. */
export function isBeforeToday(date: Date, now = new Date()): boolean {
  return wibDayNumber(date) < wibDayNumber(now);
}

/** Whether an instant falls on a day (WIB) after today: what a need's "needed by" must be. */
export function isAfterToday(date: Date, now = new Date()): boolean {
  return wibDayNumber(date) > wibDayNumber(now);
}
