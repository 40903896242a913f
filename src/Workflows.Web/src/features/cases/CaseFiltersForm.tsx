import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFilters } from './api';
import { usePhaseName } from './usePhases';

/** Phase applies at once; the code prefix on submit, so typing does not fire a request per key. */
export function CaseFiltersForm({ phases, value, onChange }: { phases: string[]; value: CaseFilters; onChange: (f: CaseFilters) => void }) {
  const { t } = useTranslation('cases');
  const phaseName = usePhaseName();
  const [code, setCode] = useState(value.code ?? '');
  function submit(e: FormEvent) {
    e.preventDefault();
    onChange({ ...value, code: code.trim() || undefined });
  }
  return (
    <form className="case-filters" role="search" aria-label={t('list.filters')} onSubmit={submit}>
      <label className="field">
        <span>{t('list.phase')}</span>
        <select value={value.phase ?? ''} onChange={(e) => onChange({ ...value, phase: e.target.value || undefined })}>
          <option value="">{t('list.allPhases')}</option>
          {phases.map((p) => (
            <option key={p} value={p}>
              {phaseName(p)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('list.codePrefix')}</span>
        <input value={code} onChange={(e) => setCode(e.target.value)} placeholder="AS-2026-" maxLength={32} autoComplete="off" />
      </label>
      <button type="submit">{t('list.apply')}</button>
      {(value.phase || value.code) && (
        <button
          type="button"
          onClick={() => {
            setCode('');
            onChange({});
          }}
        >
          {t('list.clear')}
        </button>
      )}
    </form>
  );
}
