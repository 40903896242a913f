import { useId, useState, type ReactNode } from 'react';

/**
 * Filters that fold away on a phone behind one button naming how many are active; on wider screens the button is
 * hidden and the filters always show (theme.css). The filters stay mounted while folded, so what was typed survives.
 */
export function FoldingFilters({ label, active, children }: { label: string; active: number; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div className={open ? 'folding-filters open' : 'folding-filters'}>
      <button type="button" className="folding-filters-toggle" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((o) => !o)}>
        <span>{label}</span>
        {active > 0 && <> <span className="count">{active}</span></>}
      </button>
      <div id={panelId} className="folding-filters-panel">
        {children}
      </div>
    </div>
  );
}
