import { describe, expect, it } from 'vitest';
import { cellText, cellValue, isValidPeriod, periodOf } from './period';

describe('periodOf', () => {
  it('gives the whole month, quarter or year holding the day', () => {
    expect(periodOf('month', '2024-02-10')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(periodOf('quarter', '2026-11-05')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(periodOf('quarter', '2026-04-01')).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(periodOf('year', '2026-07-07')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('refuses a period that ends before it starts', () => {
    expect(isValidPeriod({ from: '2026-02-01', to: '2026-01-31' })).toBe(false);
    expect(isValidPeriod({ from: '2026-01-01', to: '2026-01-31' })).toBe(true);
  });

  it('shows suppressed counts as text and draws them as nothing', () => {
    expect(cellText('<5')).toBe('<5');
    expect(cellText(12)).toBe('12');
    expect(cellValue('<5')).toBe(0);
  });
});
