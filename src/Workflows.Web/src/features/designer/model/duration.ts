import type { Json } from './definition';

export type DurationUnit = 'minutes' | 'hours' | 'days' | 'weeks' | 'months' | 'workingDays';
export const durationUnits: DurationUnit[] = ['minutes', 'hours', 'days', 'weeks', 'months', 'workingDays'];

export interface DurationParts {
  amount: number;
  unit: DurationUnit;
}

const iso = /^P(?:(\d+)M|(\d+)W|(\d+)D|T(\d+)H|T(\d+)M)$/;

/**
 * A duration the simple editor can show as amount + unit, or null when it is something else (a script, or an ISO
 * value with several parts such as P1DT2H) and must be edited as text.
 */
export function parseDuration(value: Json | undefined): DurationParts | null {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const keys = Object.keys(value);
    const days = value.workingDays;
    if (keys.length === 1 && typeof days === 'number' && Number.isInteger(days) && days >= 0) return { amount: days, unit: 'workingDays' };
    return null;
  }
  if (typeof value !== 'string') return null;
  const match = iso.exec(value.trim().toUpperCase());
  if (!match) return null;
  const [, months, weeks, days, hours, minutes] = match;
  if (months !== undefined) return { amount: Number(months), unit: 'months' };
  if (weeks !== undefined) return { amount: Number(weeks), unit: 'weeks' };
  if (days !== undefined) return { amount: Number(days), unit: 'days' };
  if (hours !== undefined) return { amount: Number(hours), unit: 'hours' };
  return { amount: Number(minutes), unit: 'minutes' };
}

export function formatDuration({ amount, unit }: DurationParts): Json {
  const n = Math.max(0, Math.floor(amount));
  switch (unit) {
    case 'workingDays':
      return { workingDays: n };
    case 'months':
      return `P${n}M`;
    case 'weeks':
      return `P${n}W`;
    case 'days':
      return `P${n}D`;
    case 'hours':
      return `PT${n}H`;
    case 'minutes':
      return `PT${n}M`;
  }
}

/** Free-text ISO 8601 durations the engine accepts (date and time parts, no fractions); for the advanced field. */
export function isIsoDuration(text: string): boolean {
  return /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/.test(text.trim().toUpperCase());
}

/** `{ "workingDaysBefore" | "workingDaysAfter": n, "of": date or script }`: a task due counted from a date (ADR 0041). */
export interface WorkingDayAnchor {
  days: number;
  before: boolean;
  of: Json;
}

export function parseAnchor(value: Json | undefined): WorkingDayAnchor | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const keys = Object.keys(value).sort().join(',');
  const before = value.workingDaysBefore;
  const after = value.workingDaysAfter;
  if (keys === 'of,workingDaysBefore' && typeof before === 'number') return { days: before, before: true, of: value.of ?? null };
  if (keys === 'of,workingDaysAfter' && typeof after === 'number') return { days: after, before: false, of: value.of ?? null };
  return null;
}

export function formatAnchor({ days, before, of }: WorkingDayAnchor): Json {
  const n = Math.max(0, Math.floor(days));
  return before ? { workingDaysBefore: n, of } : { workingDaysAfter: n, of };
}

/** The anchor's date as one line of text: a yyyy-MM-dd date as is, a script as its code. */
export function anchorDateText(of: Json): string {
  if (typeof of === 'string') return of;
  if (of && typeof of === 'object' && !Array.isArray(of) && typeof of.js === 'string') return of.js;
  return '';
}

/** Text typed for the anchor's date: a date (yyyy-MM-dd) stays a literal, anything else is a script such as `vars.hearing.date`. */
export function anchorDateFrom(text: string): Json {
  const trimmed = text.trim();
  return /^\d{4}-\d{2}-\d{2}$/.test(trimmed) ? trimmed : { js: trimmed };
}
