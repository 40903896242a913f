import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { findCaseByCode, priorities, type Priority, type TaskFilters } from './api';
import { Field } from '../../ui/form/Field';
import { typeLabel, type StaffMember, type TaskTypeOption } from './queueApi';

interface Props {
  /** The task types of the queue's open tasks (from the API, named by their workflow), offered as a list of labels. */
  knownTypes: TaskTypeOption[];
  /** Staff to filter by holder; only for those who may read the staff list. */
  staff?: StaffMember[];
  /** The filters to start from (a saved view); the case code is not part of a view. */
  initial?: TaskFilters;
  onApply: (filters: TaskFilters) => void;
}

/** Type, case code, priority and (for supervisors) holder. A case code is looked up to the case id the API filters by. */
export function TaskFiltersForm({ knownTypes, staff, initial, onApply }: Props) {
  const { t } = useTranslation('tasks');
  const { t: tq } = useTranslation('queues');
  const [type, setType] = useState(initial?.type ?? '');
  const [caseCode, setCaseCode] = useState('');
  const [priority, setPriority] = useState<Priority | ''>(initial?.priority ?? '');
  const [assigneeId, setAssigneeId] = useState(initial?.assigneeId ?? '');
  const types = type && !knownTypes.some((k) => k.key === type) ? [...knownTypes, { key: type, label: null }] : knownTypes;
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
    onApply({ type: type || undefined, caseId, priority: priority || undefined, assigneeId: assigneeId || undefined });
  }

  function clear() {
    setType('');
    setCaseCode('');
    setPriority('');
    setAssigneeId('');
    setCaseError(null);
    onApply({});
  }

  return (
    <form className="task-filters row" onSubmit={submit} aria-label={t('filters.label')}>
      <label className="field">
        <span>{t('filters.type')}</span>
        <select value={type} onChange={(e) => setType(e.target.value)}>
          <option value="">{tq('filters.anyType')}</option>
          {types.map(({ key, label }) => (
            <option key={key} value={key}>
              {/* The workflow's own name first; the web app's list only for types it does not name. */}
              {label ?? tq(`taskTypes.${key}`, { defaultValue: typeLabel(key) })}
            </option>
          ))}
        </select>
      </label>
      {staff && (
        <label className="field">
          <span>{tq('filters.assignee')}</span>
          <select value={assigneeId} onChange={(e) => setAssigneeId(e.target.value)}>
            <option value="">{tq('filters.anyAssignee')}</option>
            {staff.map((s) => (
              <option key={s.id} value={s.id}>
                {s.displayName}
              </option>
            ))}
          </select>
        </label>
      )}
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
