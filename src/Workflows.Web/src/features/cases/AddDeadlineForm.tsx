import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { todayInBelgrade } from '../../lib/dates';
import { casesKeys } from './api';
import { FormError } from '../../ui/form/FormError';
import { fieldErrors } from '../../ui/form/fieldErrors';
import { deadlineRequest, legalFormsApi, type Deadline } from './legalApi';
import { deadlineKindName, useDeadlineKinds, type DeadlineKind } from '../../lib/deadlineKinds';
import { SelectField } from '../../ui/form/SelectField';
import { TextField } from '../../ui/form/TextField';

const fields = ['kind', 'servedOn'];

/** The API computes the last day from the kind's days and the working-day calendar; the form only says when it was served. */
export function AddDeadlineForm({ caseId, proceedingId, onSaved }: { caseId: string; proceedingId: string; onSaved: (d: Deadline) => void }) {
  const { t, i18n } = useTranslation('cases');
  const client = useQueryClient();
  const kinds = useDeadlineKinds();
  const [kind, setKind] = useState('');
  const [servedOn, setServedOn] = useState(() => todayInBelgrade());
  const save = useMutation({
    mutationFn: () => legalFormsApi.addDeadline(proceedingId, deadlineRequest({ kind, servedOn })),
    onSuccess: async (deadline) => {
      await client.invalidateQueries({ queryKey: casesKeys.detail(caseId) });
      void client.invalidateQueries({ queryKey: ['legal'] });
      onSaved(deadline);
    },
  });
  const errorsFor = (field: string) => fieldErrors(save.error, field);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const kindLabel = (k: DeadlineKind) =>
    t('legalForms.deadline.kindOption', {
      label: deadlineKindName(k, i18n.language),
      days: k.days,
      type: k.hard ? t('legal.hard') : t('legal.soft'),
    });

  return (
    <form className="stack legal-form" onSubmit={submit} noValidate>
      <SelectField
        label={t('legalForms.deadline.kind')}
        value={kind}
        onChange={setKind}
        options={(kinds.data ?? []).map((k) => ({ value: k.key, label: kindLabel(k) }))}
        placeholder={t('legalForms.deadline.chooseKind')}
        errors={errorsFor('kind')}
      />
      <TextField label={t('legalForms.deadline.servedOn')} type="date" value={servedOn} onChange={setServedOn} errors={errorsFor('servedOn')} />
      <p className="muted">{t('legalForms.deadline.computed')}</p>
      <FormError error={save.error ?? kinds.error} fields={fields} fixFields={t('legalForms.fixFields')} forbidden={t('legalForms.forbidden')} />
      <div className="row">
        <button type="submit" className="primary" disabled={save.isPending}>
          {t('legalForms.deadline.submit')}
        </button>
      </div>
    </form>
  );
}
