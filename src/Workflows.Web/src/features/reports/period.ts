/** The periods the Reports page offers; every one ends as a plain from/to pair (both days included). */
export type PeriodKind = 'month' | 'quarter' | 'year' | 'custom';

export const periodKinds: PeriodKind[] = ['month', 'quarter', 'year', 'custom'];

export interface Period {
  from: string;
  to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const day = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The month, quarter or year holding `anchor` (yyyy-mm-dd); custom keeps what the user typed. */
export function periodOf(kind: Exclude<PeriodKind, 'custom'>, anchor: string): Period {
  const [y, m] = anchor.split('-').map(Number);
  if (kind === 'month') return { from: day(y, m, 1), to: day(y, m, lastDay(y, m)) };
  if (kind === 'quarter') {
    const first = Math.floor((m - 1) / 3) * 3 + 1;
    return { from: day(y, first, 1), to: day(y, first + 2, lastDay(y, first + 2)) };
  }
  return { from: day(y, 1, 1), to: day(y, 12, 31) };
}

export function isValidPeriod(p: Period): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(p.from) && /^\d{4}-\d{2}-\d{2}$/.test(p.to) && p.from <= p.to;
}

/** A cell as shown: a count, or the suppression text ("<5"). */
export function cellText(cell: number | string): string {
  return typeof cell === 'number' ? String(cell) : cell;
}

/** Suppressed cells draw as zero-height bars; the table beside the chart says "<k". */
export function cellValue(cell: number | string): number {
  return typeof cell === 'number' ? cell : 0;
}
