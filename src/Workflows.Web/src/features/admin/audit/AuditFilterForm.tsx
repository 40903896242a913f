import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserView } from '../api';
import { Field } from '../../../ui/form/Field';
import { actionLabelKey, auditActions, emptyAuditFilters, isGuid, maxCaseCodeLength, type AuditFilters } from '../auditQuery';

export function AuditFilterForm({ users, initial, onSearch }: { users: UserView[]; initial: AuditFilters; onSearch: (filters: AuditFilters) => void }) {
  const { t } = useTranslation('admin');
  const [draft, setDraft] = useState<AuditFilters>(initial);
  const [caseError, setCaseError] = useState(false);
  const [rangeError, setRangeError] = useState(false);
  const set = (patch: Partial<AuditFilters>) => setDraft({ ...draft, ...patch });

  function submit(event: FormEvent) {
    event.preventDefault();
    // Checked here as well as by the API, so the message sits next to its field.
    const caseRef = draft.caseRef.trim();
    const badCase = caseRef.length > maxCaseCodeLength && !isGuid(caseRef);
    const badRange = draft.fromDay !== '' && draft.toDay !== '' && draft.fromDay > draft.toDay;
    setCaseError(badCase);
    setRangeError(badRange);
    if (!badCase && !badRange) onSearch({ ...draft, caseRef: draft.caseRef.trim() });
  }

  return (
    <form className="card filters" onSubmit={submit} noValidate aria-label={t('audit.searchTitle')}>
      <label className="field">
        <span>{t('audit.fields.actor')}</span>
        <select value={draft.userId} onChange={(e) => set({ userId: e.target.value })}>
          <option value="">{t('audit.anyone')}</option>
          {users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.displayName} ({u.email})
            </option>
          ))}
        </select>
      </label>
      <Field id="audit-case" label={t('audit.fields.caseId')} hint={t('audit.caseRefHint')} errors={caseError ? [t('audit.caseRefInvalid')] : []}>
        {(a11y) => <input {...a11y} value={draft.caseRef} spellCheck={false} onChange={(e) => {
              setCaseError(false);
              set({ caseRef: e.target.value });
            }} />}
      </Field>
      <label className="field">
        <span>{t('audit.fields.action')}</span>
        <select value={draft.action} onChange={(e) => set({ action: e.target.value })}>
          <option value="">{t('audit.anyAction')}</option>
          {auditActions.map((a) => (
            <option key={a} value={a}>
              {t(actionLabelKey(a))}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('audit.fields.from')}</span>
        <input type="date" value={draft.fromDay} onChange={(e) => set({ fromDay: e.target.value })} />
      </label>
      <Field id="audit-to" label={t('audit.fields.to')} errors={rangeError ? [t('audit.rangeInvalid')] : []}>
        {(a11y) => <input {...a11y} type="date" value={draft.toDay} onChange={(e) => {
              setRangeError(false);
              set({ toDay: e.target.value });
            }} />}
      </Field>
      <div className="row">
        <button type="submit" className="primary">
          {t('audit.search')}
        </button>
        <button
          type="button"
          onClick={() => {
            setDraft(emptyAuditFilters);
            setCaseError(false);
            setRangeError(false);
            onSearch(emptyAuditFilters);
          }}
        >
          {t('audit.clear')}
        </button>
      </div>
    </form>
  );
}
