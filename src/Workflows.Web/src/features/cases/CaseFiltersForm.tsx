import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/SessionContext';
import { oversees } from '../../auth/types';
import { casesApi, casesKeys, type CaseFilters } from './api';
import { usePhaseName } from './usePhases';

/** Phase applies at once; the code prefix on submit, so typing does not fire a request per key. */
export function CaseFiltersForm({ phases, value, onChange }: { phases: string[]; value: CaseFilters; onChange: (f: CaseFilters) => void }) {
  const { t } = useTranslation('cases');
  const phaseName = usePhaseName();
  const { t: tw } = useTranslation('caselist');
  const { me } = useSession();
  // Who may read the staff list picks anyone; everyone else narrows to the cases they are on themselves.
  const staff = useQuery({ queryKey: casesKeys.staff, queryFn: ({ signal }) => casesApi.staff(signal), enabled: oversees(me) });
  const members = oversees(me) ? (staff.data ?? []).map((s) => ({ id: s.id, name: s.displayName })) : [{ id: me.id, name: tw('list.me') }];
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
        <span>{tw('list.member')}</span>
        <select value={value.member ?? ''} onChange={(e) => onChange({ ...value, member: e.target.value || undefined })}>
          <option value="">{tw('list.anyMember')}</option>
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
      </label>
      <label className="case-filter-check">
        <input type="checkbox" checked={!!value.overdue} onChange={(e) => onChange({ ...value, overdue: e.target.checked || undefined })} />
        <span>{tw('list.overdue')}</span>
      </label>
      <label className="field">
        <span>{t('list.codePrefix')}</span>
        <input value={code} onChange={(e) => setCode(e.target.value)} placeholder="AS-2026-" maxLength={32} autoComplete="off" />
      </label>
      <button type="submit">{t('list.apply')}</button>
      {(value.phase || value.code || value.member || value.overdue) && (
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
