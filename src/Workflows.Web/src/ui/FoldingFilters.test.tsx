import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { FoldingFilters } from './FoldingFilters';

describe('folding filters', () => {
  it('starts folded, names how many filters are active, and keeps what was typed while folded', () => {
    render(
      <FoldingFilters label="Filters" active={2}>
        <label>
          Case code
          <input />
        </label>
      </FoldingFilters>,
    );
    const toggle = screen.getByRole('button', { name: 'Filters 2' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    const panel = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(panel?.closest('.folding-filters')?.classList.contains('open')).toBe(false);

    fireEvent.change(screen.getByLabelText('Case code'), { target: { value: 'AS-2026-0001' } });
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(panel?.closest('.folding-filters')?.classList.contains('open')).toBe(true);
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect((screen.getByLabelText('Case code') as HTMLInputElement).value).toBe('AS-2026-0001');
  });

  it('shows no count when no filter is active', () => {
    render(
      <FoldingFilters label="Filters" active={0}>
        <span>content</span>
      </FoldingFilters>,
    );
    expect(screen.getByRole('button').textContent).toBe('Filters');
  });
});
