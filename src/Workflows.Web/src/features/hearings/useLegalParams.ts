import { useSearchParams } from 'react-router-dom';
import { isMonth, type Month } from '../../lib/dates';

export type View = 'list' | 'calendar';

/** View, month and filter live in the URL so a reload or a shared link shows the same screen. */
export function useLegalParams(defaultMonth: Month) {
  const [params, setParams] = useSearchParams();
  const view: View = params.get('view') === 'calendar' ? 'calendar' : 'list';
  const requested = params.get('month');
  const month: Month = isMonth(requested) ? requested : defaultMonth;
  const mine = params.get('mine') === '1';

  const update = (changes: Record<string, string | null>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null) next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace: false },
    );

  return {
    view,
    month,
    mine,
    setView: (v: View) => update(v === 'calendar' ? { view: 'calendar', month } : { view: null, month: null }),
    setMonth: (m: Month | null) => update({ month: m }),
    setMine: (on: boolean) => update({ mine: on ? '1' : null }),
  };
}
