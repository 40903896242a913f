import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { findCaseByCode, priorities, type Priority, type TaskFilters } from './api';
import { Field } from '../../ui/form/Field';

interface Props {
  /** Task types seen in the lists so far, offered as suggestions (there is no endpoint listing them). */
  knownTypes: string[];
  onApply: (filters: TaskFilters) => void;
}

/** Type, case code and priority. A case code is looked up to the case id the API filters by. */
export function TaskFiltersForm({ knownTypes, onApply }: Props) {
  const { t } = useTranslation('tasks');
  const [type, setType] = useState('');
  const [caseCode, setCaseCode] = useState('');
  const [priority, setPriority] = useState<Priority | ''>('');
  const [caseError, setCaseError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setCaseError(null);
    let caseId: string | undefined;
    if (caseCode.trim()) {
      setBusy(true);
      try {
        caseId = (await findCaseByCode(caseCode)) ?? undefined;
      } catch {
        caseId = undefined;
      } finally {
        setBusy(false);
      }
      if (!caseId) {
        setCaseError(t('filters.caseNotFound'));
        return;
      }
    }
    onApply({ type: type.trim() || undefined, caseId, priority: priority || undefined });
  }

  function clear() {
    setType('');
    setCaseCode('');
    setPriority('');
    setCaseError(null);
    onApply({});
  }

  return (
    <form className="task-filters row" onSubmit={submit} aria-label={t('filters.label')}>
      <label className="field">
        <span>{t('filters.type')}</span>
        <input value={type} list="task-type-options" onChange={(e) => setType(e.target.value)} />
        <datalist id="task-type-options">
          {knownTypes.map((k) => (
            <option key={k} value={k} />
          ))}
        </datalist>
      </label>
      <Field id="task-filter-case" label={t('filters.caseCode')} errors={caseError ? [caseError] : []}>
        {(a11y) => <input {...a11y} value={caseCode} placeholder="AS-2026-0001" onChange={(e) => setCaseCode(e.target.value)} />}
      </Field>
      <label className="field">
        <span>{t('filters.priority')}</span>
        <select value={priority} onChange={(e) => setPriority(e.target.value as Priority | '')}>
          <option value="">{t('filters.anyPriority')}</option>
          {priorities.map((p) => (
            <option key={p} value={p}>
              {t(`priority.${p}`)}
            </option>
          ))}
        </select>
      </label>
      <div className="task-filter-actions row">
        <button type="submit" disabled={busy}>
          {t('filters.apply')}
        </button>
        <button type="button" onClick={clear}>
          {t('filters.clear')}
        </button>
      </div>
    </form>
  );
}
