import { useTranslation } from 'react-i18next';
import type { Json } from '../model/definition';
import { durationUnits, formatDuration, isIsoDuration, parseDuration, type DurationUnit } from '../model/duration';
import { useDurationWords } from '../model/durationWords';

/** Amount + unit for the common cases; other ISO 8601 values are edited as text. */
export function DurationEditor({ id, value, onChange, describedBy }: { id: string; value: Json | undefined; onChange: (v: Json | undefined) => void; describedBy?: string }) {
  const { t } = useTranslation('designer');
  const words = useDurationWords();
  const parts = parseDuration(value);
  if (value !== undefined && !parts) {
    // A value with several parts (P1DT2H) is typed as code: say what it means beside it.
    const said = words.duration(value);
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    const bad = typeof value === 'string' && !isIsoDuration(value);
    return (
      <div className="row">
        <input id={id} value={text} onChange={(e) => onChange(e.target.value || undefined)} className="mono" aria-invalid={bad} aria-describedby={describedBy} />
        <button type="button" onClick={() => onChange(undefined)}>{t('duration.clear')}</button>
        {bad && <p className="field-error">{t('duration.invalid')}</p>}
        {said && <small className="designer-duration-words">{said}</small>}
      </div>
    );
  }
  const unit: DurationUnit = parts?.unit ?? 'workingDays';
  return (
    <div className="row designer-duration">
      <input
        id={id}
        type="number"
        min={0}
        value={parts?.amount ?? ''}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value === '' ? undefined : formatDuration({ amount: Number(e.target.value), unit }))}
      />
      <select aria-label={t('duration.unit')} value={unit} onChange={(e) => onChange(formatDuration({ amount: parts?.amount ?? 1, unit: e.target.value as DurationUnit }))}>
        {durationUnits.map((u) => (
          <option key={u} value={u}>{t(`duration.units.${u}`)}</option>
        ))}
      </select>
    </div>
  );
}
