import { addDays as addCalendarDays } from 'date-fns/addDays';
import { getDay } from 'date-fns/getDay';
import { getDaysInMonth } from 'date-fns/getDaysInMonth';

/** Gregorian arithmetic on plain numbers (months 1..12, weekdays 0 (Sunday) .. 6), done by date-fns. */

/** new Date(y, m, d) reads years 0 to 99 as 1900 to 1999 (a reference date '0050-06-13'); setFullYear does not. */
function localDay(year: number, monthIndex0: number, day: number): Date {
  const date = new Date(0);
  date.setFullYear(year, monthIndex0, day);
  date.setHours(12, 0, 0, 0); // noon: no daylight-saving shift moves it to another day
  return date;
}

export function daysInMonth(year: number, month: number): number {
  return getDaysInMonth(localDay(year, month - 1, 1));
}

export function weekdayOf(year: number, month: number, day: number): number {
  return getDay(localDay(year, month - 1, day));
}

export interface Day {
  year: number;
  month: number;
  day: number;
}

export function addDays(date: Day, days: number): Day {
  const d = addCalendarDays(localDay(date.year, date.month - 1, date.day), days);
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

/** A month counted from January of year 0, so month arithmetic is integer arithmetic. */
export function monthIndex(year: number, month: number): number {
  return year * 12 + month - 1;
}

export function fromMonthIndex(index: number): { year: number; month: number } {
  return { year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1 };
}

/** Comparable key of a day within its year. */
export function dayKey(month: number, day: number): number {
  return month * 100 + day;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function isoYear(year: number): string {
  return String(year).padStart(4, '0');
}

export function isoMonth(year: number | undefined, month: number): string {
  return year === undefined ? `--${pad(month)}` : `${isoYear(year)}-${pad(month)}`;
}

export function isoDay(year: number | undefined, month: number, day: number): string {
  return `${isoMonth(year, month)}-${pad(day)}`;
}
