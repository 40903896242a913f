import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { todayInBelgrade } from '../../lib/dates';
import { Field } from '../../ui/form/Field';
import { FormError } from '../../ui/form/FormError';
import { fieldErrors } from '../../ui/form/fieldErrors';
import { SelectField } from '../../ui/form/SelectField';
import { TextField } from '../../ui/form/TextField';
import { referralKeys, referralsApi, type Referral } from './api';
import { usePartners, useServiceTypes } from './hooks';
import { incomingRequest, type IncomingForm as Form } from './requests';
import { ServiceChecklist } from './ServiceChecklist';

const fields = ['partnerId', 'receivedOn', 'reason', 'services'];

/** A partner referred the client to ASTRA: who, when, why, and (optionally) which services were asked for. */
export function IncomingForm({ caseId, onSaved }: { caseId: string; onSaved: (r: Referral) => void }) {
  const { t } = useTranslation('referrals');
  const client = useQueryClient();
  const partners = usePartners({});
  const catalogue = useServiceTypes();
  const [form, setForm] = useState<Form>(() => ({ partnerId: '', receivedOn: todayInBelgrade(), reason: '', services: [] }));
  const set = <K extends keyof Form>(key: K) => (value: Form[K]) => setForm((f) => ({ ...f, [key]: value }));
  const save = useMutation({
    mutationFn: () => referralsApi.recordIncoming(caseId, incomingRequest(form)),
    onSuccess: async (r) => {
      await client.invalidateQueries({ queryKey: referralKeys.ofCase(caseId) });
      onSaved(r);
    },
  });
  const errorsFor = (field: string) => fieldErrors(save.error, field);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form className="referrals-form" onSubmit={submit} noValidate aria-label={t('incoming.open')}>
      <SelectField
        label={t('incoming.partner')}
        value={form.partnerId}
        onChange={set('partnerId')}
        placeholder={t('refer.choosePartner')}
        options={(partners.data ?? []).map((p) => ({ value: p.id, label: t('refer.partnerOption', { name: p.name, city: p.city }) }))}
        errors={errorsFor('partnerId')}
      />
      <TextField label={t('incoming.receivedOn')} type="date" value={form.receivedOn} onChange={set('receivedOn')} errors={errorsFor('receivedOn')} />
      <Field label={t('refer.reason')} errors={errorsFor('reason')} className="wide">
        {(a11y) => <textarea {...a11y} rows={2} value={form.reason} onChange={(e) => set('reason')(e.target.value)} />}
      </Field>
      <ServiceChecklist
        id="incoming-services"
        legend={t('incoming.services')}
        services={(catalogue.data ?? []).filter((s) => s.active)}
        value={form.services}
        onChange={set('services')}
        errors={errorsFor('services')}
      />
      <FormError error={save.error ?? partners.error} fields={fields} fixFields={t('refer.fixFields')} forbidden={t('refer.forbidden')} className="wide" />
      <div className="row wide">
        <button type="submit" className="primary" disabled={save.isPending}>
          {t('incoming.submit')}
        </button>
      </div>
    </form>
  );
}
