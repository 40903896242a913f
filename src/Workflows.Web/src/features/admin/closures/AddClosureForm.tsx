import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../ui/form/FormError';
import { addClosure, adminKeys } from '../api';
import { formatCalendarDate } from '../closureDates';
import { Field } from '../../../ui/form/Field';
import { fieldErrors } from '../../../ui/form/fieldErrors';

/** The date input's value is already yyyy-mm-dd, a calendar day: it goes to the API as typed, never through a Date. */
export function AddClosureForm({ today, onAdded }: { today: string; onAdded: (date: string, notice: string) => void }) {
  const { t, i18n } = useTranslation('admin');
  const client = useQueryClient();
  const [date, setDate] = useState('');
  const [reason, setReason] = useState('');
  const add = useMutation({
    mutationFn: () => addClosure(date, reason),
    onSuccess: (closure) => {
      setDate('');
      setReason('');
      void client.invalidateQueries({ queryKey: [...adminKeys.all, 'closures'] });
      void client.invalidateQueries({ queryKey: [...adminKeys.all, 'holidays'] });
      onAdded(closure.date, t('closures.added', { date: formatCalendarDate(closure.date, i18n.language) }));
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    add.mutate();
  }

  const error = add.error;
  return (
    <form className="card admin-form" onSubmit={submit} noValidate aria-labelledby="add-closure-title">
      <h2 id="add-closure-title" style={{ gridColumn: '1 / -1', margin: 0 }}>
        {t('closures.add.title')}
      </h2>
      <FormError error={error} fields={['date', 'reason']} className="admin-form-wide" />
      <Field id="closure-date" label={t('closures.fields.date')} errors={fieldErrors(error, 'date')}>
        {(a11y) => <input {...a11y} type="date" value={date} min={today} onChange={(e) => setDate(e.target.value)} />}
      </Field>
      <Field id="closure-reason" label={t('closures.fields.reason')} errors={fieldErrors(error, 'reason')} hint={t('closures.fields.reasonHint')}>
        {(a11y) => <input {...a11y} value={reason} maxLength={200} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={add.isPending}>
          {t('closures.add.submit')}
        </button>
      </div>
    </form>
  );
}
