import { useTranslation } from 'react-i18next';
import type { Json } from '../model/definition';
import { anchorDateFrom, anchorDateText, formatAnchor, parseAnchor } from '../model/duration';
import { DurationEditor } from './DurationEditor';

type Mode = 'fromNow' | 'before' | 'after';

/** A task's due: a duration from now, or n working days before or after a date (e.g. the hearing). */
export function DeadlineEditor({ id, value, onChange, describedBy }: { id: string; value: Json | undefined; onChange: (v: Json | undefined) => void; describedBy?: string }) {
  const { t } = useTranslation('designer');
  const anchor = parseAnchor(value);
  const mode: Mode = anchor ? (anchor.before ? 'before' : 'after') : 'fromNow';
  const setMode = (next: Mode) => {
    if (next === 'fromNow') onChange({ workingDays: anchor?.days ?? 1 });
    else onChange(formatAnchor({ days: anchor?.days ?? 1, before: next === 'before', of: anchor?.of ?? { js: '' } }));
  };
  return (
    <div className="designer-deadline">
      <select aria-label={t('deadline.mode')} value={mode} onChange={(e) => setMode(e.target.value as Mode)} data-testid={`${id}-mode`}>
        <option value="fromNow">{t('deadline.fromNow')}</option>
        <option value="before">{t('deadline.before')}</option>
        <option value="after">{t('deadline.after')}</option>
      </select>
      {anchor ? (
        <div className="row designer-duration">
          <input
            id={id}
            type="number"
            min={0}
            value={anchor.days}
            aria-label={t('deadline.days')}
            aria-describedby={describedBy}
            onChange={(e) => onChange(formatAnchor({ ...anchor, days: e.target.value === '' ? 0 : Number(e.target.value) }))}
          />
          <input
            className="mono"
            aria-label={t('deadline.of')}
            placeholder="vars.hearing.date"
            value={anchorDateText(anchor.of)}
            onChange={(e) => onChange(formatAnchor({ ...anchor, of: anchorDateFrom(e.target.value) }))}
          />
          <p className="hint">{t(anchor.before ? 'deadline.beforeHint' : 'deadline.afterHint')}</p>
        </div>
      ) : (
        <DurationEditor id={id} value={value} onChange={onChange} describedBy={describedBy} />
      )}
    </div>
  );
}
