import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../ui/form/FormError';
import { adminKeys, updateDeadlineKind, type DeadlineKind } from '../api';
import { Field } from '../../../ui/form/Field';
import { fieldErrors } from '../../../ui/form/fieldErrors';

/** Changing the days changes deadlines computed from now on, not those already set. */
export function DeadlineKindForm({ kind, onDone }: { kind: DeadlineKind; onDone: (saved: DeadlineKind | null) => void }) {
  const { t } = useTranslation('admin');
  const { t: tc } = useTranslation();
  const client = useQueryClient();
  const [label, setLabel] = useState(kind.label);
  const [days, setDays] = useState(String(kind.days));
  const [hard, setHard] = useState(kind.hard);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const save = useMutation({
    // An empty or non-numeric entry goes as null so the API names the problem next to the field.
    mutationFn: () => updateDeadlineKind(kind.key, { label, days: days.trim() === '' || Number.isNaN(Number(days)) ? null : Number(days), hard }),
    onSuccess: (saved) => {
      void client.invalidateQueries({ queryKey: adminKeys.deadlineKinds() });
      onDone(saved);
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate();
  }
  const error = save.error;
  return (
    <form className="card admin-form" onSubmit={submit} noValidate aria-labelledby="kind-form-title" style={{ marginBottom: '1rem' }}>
      <h2 id="kind-form-title" tabIndex={-1} ref={heading} style={{ gridColumn: '1 / -1', margin: 0 }}>
        {t('kinds.editTitle', { key: kind.key })}
      </h2>
      <FormError error={error} fields={['label', 'days', 'hard']} className="admin-form-wide" />
      <Field id="kind-label" label={t('kinds.fields.label')} errors={fieldErrors(error, 'label')}>
        {(a11y) => <input {...a11y} value={label} maxLength={200} onChange={(e) => setLabel(e.target.value)} />}
      </Field>
      <Field id="kind-days" label={t('kinds.fields.days')} errors={fieldErrors(error, 'days')} hint={t('kinds.fields.daysHint')}>
        {(a11y) => <input {...a11y} type="number" inputMode="numeric" value={days} onChange={(e) => setDays(e.target.value)} />}
      </Field>
      <div className="field">
        <span className="checkbox-list">
          <label>
            <input type="checkbox" checked={hard} onChange={(e) => setHard(e.target.checked)} aria-describedby="kind-hard-hint" />
            {t('kinds.fields.hard')}
          </label>
        </span>
        <small id="kind-hard-hint">{t('kinds.fields.hardHint')}</small>
      </div>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {tc('save')}
        </button>
        <button type="button" onClick={() => onDone(null)}>
          {tc('cancel')}
        </button>
      </div>
    </form>
  );
}
