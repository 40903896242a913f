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
