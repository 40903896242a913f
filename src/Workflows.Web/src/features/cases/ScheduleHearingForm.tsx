import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { casesKeys } from './api';
import { Field } from '../../ui/form/Field';
import { FormError } from '../../ui/form/FormError';
import { ConfirmCheckbox } from '../../ui/form/ConfirmCheckbox';
import { fieldErrors } from '../../ui/form/fieldErrors';
import { hearingKinds, hearingRequest, legalFormsApi, type Hearing, type HearingForm } from './legalApi';
import { SelectField } from '../../ui/form/SelectField';
import { TextField } from '../../ui/form/TextField';

const fields = ['startsAt', 'kind', 'room', 'notes'];

export function ScheduleHearingForm({ caseId, proceedingId, onSaved }: { caseId: string; proceedingId: string; onSaved: (h: Hearing) => void }) {
  const { t } = useTranslation('cases');
  const client = useQueryClient();
  const [form, setForm] = useState<HearingForm>({ startsAt: '', kind: 'mainTrial', room: '', notes: '' });
  const set = (changes: Partial<HearingForm>) => setForm((f) => ({ ...f, ...changes }));
  const [confirmNonWorkingDay, setConfirmNonWorkingDay] = useState(false);
  const save = useMutation({
    mutationFn: () => legalFormsApi.scheduleHearing(proceedingId, { ...hearingRequest(form), confirmNonWorkingDay: confirmNonWorkingDay || null }),
    onSuccess: async (hearing) => {
      await client.invalidateQueries({ queryKey: casesKeys.detail(caseId) });
      void client.invalidateQueries({ queryKey: ['legal'] });
      onSaved(hearing);
    },
  });
  const errorsFor = (field: string) => fieldErrors(save.error, field);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const notesId = `hearing-notes-${proceedingId}`;

  return (
    <form className="stack legal-form" onSubmit={submit} noValidate>
      <TextField
        label={t('legalForms.hearing.startsAt')}
        type="datetime-local"
        value={form.startsAt}
        onChange={(startsAt) => set({ startsAt })}
        errors={errorsFor('startsAt')}
      />
      <ConfirmCheckbox
        id={`hearing-confirm-${proceedingId}`}
        error={save.error}
        flag="nonWorkingDay"
        checked={confirmNonWorkingDay}
        onChange={setConfirmNonWorkingDay}
        label={t('legalForms.hearing.confirmNonWorkingDay')}
      />
      <SelectField
        label={t('legalForms.hearing.kind')}
        value={form.kind}
        onChange={(kind) => set({ kind })}
        options={hearingKinds.map((k) => ({ value: k, label: t(`legal.hearingKinds.${k}`) }))}
        errors={errorsFor('kind')}
      />
      <TextField label={t('legalForms.hearing.room')} value={form.room} onChange={(room) => set({ room })} errors={errorsFor('room')} />
      <Field id={notesId} label={t('legalForms.hearing.notes')} errors={errorsFor('notes')}>
        {(a11y) => <textarea {...a11y} value={form.notes} maxLength={4000} onChange={(e) => set({ notes: e.target.value })} />}
      </Field>
      <p className="muted">{t('legalForms.hearing.belgradeTime')}</p>
      <FormError error={save.error} fields={fields} fixFields={t('legalForms.fixFields')} forbidden={t('legalForms.forbidden')} />
      <div className="row">
        <button type="submit" className="primary" disabled={save.isPending}>
          {t('legalForms.hearing.submit')}
        </button>
      </div>
    </form>
  );
}
