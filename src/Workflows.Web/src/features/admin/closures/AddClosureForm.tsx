import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { addClosure, adminKeys } from '../api';
import { formatCalendarDate } from '../closureDates';
import { FieldError, fieldInvalid, hasOtherErrors } from '../FieldError';

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
      {hasOtherErrors(error, ['date', 'reason']) && (
        <div style={{ gridColumn: '1 / -1' }}>
          <ErrorMessage error={error} />
        </div>
      )}
      <label className="field">
        <span>{t('closures.fields.date')}</span>
        <input
          type="date"
          value={date}
          min={today}
          onChange={(e) => setDate(e.target.value)}
          aria-invalid={fieldInvalid(error, 'date')}
          aria-describedby={fieldInvalid(error, 'date') ? 'closure-date-error' : undefined}
        />
        <FieldError id="closure-date-error" error={error} field="date" />
      </label>
      <label className="field">
        <span>{t('closures.fields.reason')}</span>
        <input
          value={reason}
          maxLength={200}
          onChange={(e) => setReason(e.target.value)}
          aria-invalid={fieldInvalid(error, 'reason')}
          aria-describedby={['closure-reason-hint', fieldInvalid(error, 'reason') ? 'closure-reason-error' : ''].join(' ').trim()}
        />
        <small id="closure-reason-hint">{t('closures.fields.reasonHint')}</small>
        <FieldError id="closure-reason-error" error={error} field="reason" />
      </label>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={add.isPending}>
          {t('closures.add.submit')}
        </button>
      </div>
    </form>
  );
}
