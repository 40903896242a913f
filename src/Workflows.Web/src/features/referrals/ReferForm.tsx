import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { FormError } from '../../ui/form/FormError';
import { fieldErrors } from '../../ui/form/fieldErrors';
import { SelectField } from '../../ui/form/SelectField';
import { TextField } from '../../ui/form/TextField';
import { Field } from '../../ui/form/Field';
import { referralKeys, referralsApi, vocabulary, type Referral } from './api';
import { usePartners, useServiceTypes } from './hooks';
import { emptyReferForm, referRequest, servicesForPartner, type ReferForm as Form } from './requests';
import { ServiceChecklist } from './ServiceChecklist';

const fields = ['partnerId', 'services', 'reason', 'urgency', 'respondWithin', 'interpreterLanguage', 'overrideReason'];

/** The consent purpose a 409 names, when that is what the refusal is about. */
function missingConsent(error: unknown): string | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const purpose = error.extensions.purpose;
  return typeof purpose === 'string' ? purpose : null;
}

/**
 * Refers the client to a partner. Without the client's consent for that kind of partner the API answers 409 naming the
 * purpose; the form then says so and offers sending anyway with a reason (a child, imminent danger), which is audited.
 */
export function ReferForm({ caseId, onSent }: { caseId: string; onSent: (r: Referral) => void }) {
  const { t } = useTranslation('referrals');
  const client = useQueryClient();
  const partners = usePartners({ active: 'true' });
  const catalogue = useServiceTypes();
  const [form, setForm] = useState<Form>(emptyReferForm);
  const [override, setOverride] = useState(false);
  const set = <K extends keyof Form>(key: K) => (value: Form[K]) => setForm((f) => ({ ...f, [key]: value }));
  const partner = partners.data?.find((p) => p.id === form.partnerId);
  const send = useMutation({
    mutationFn: (withOverride: boolean) => referralsApi.send(caseId, referRequest(form, withOverride)),
    onSuccess: async (referral) => {
      await client.invalidateQueries({ queryKey: referralKeys.ofCase(caseId) });
      setForm(emptyReferForm);
      setOverride(false);
      onSent(referral);
    },
  });
  const purpose = missingConsent(send.error);
  const errorsFor = (field: string) => fieldErrors(send.error, field);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    send.mutate(override);
  };
  const choosePartner = (id: string) => {
    const chosen = partners.data?.find((p) => p.id === id);
    // A partner's services are the likely choice; only those it offers stay ticked when the partner changes.
    setForm((f) => ({ ...f, partnerId: id, services: chosen ? f.services.filter((s) => chosen.services.includes(s)) : f.services }));
  };
  return (
    <form className="referrals-form" onSubmit={submit} noValidate aria-label={t('refer.open')}>
      <SelectField
        label={t('refer.partner')}
        value={form.partnerId}
        onChange={choosePartner}
        placeholder={t('refer.choosePartner')}
        options={(partners.data ?? []).map((p) => ({
          value: p.id,
          label: `${t('refer.partnerOption', { name: p.name, city: p.city })}${p.answersOnline ? '' : ` ${t('refer.offline')}`}`,
        }))}
        errors={errorsFor('partnerId')}
      />
      <SelectField
        label={t('refer.urgency')}
        value={form.urgency}
        onChange={set('urgency')}
        options={vocabulary.urgencies.map((u) => ({ value: u, label: t(`urgency.${u}`) }))}
        errors={errorsFor('urgency')}
      />
      <ServiceChecklist
        id="refer-services"
        legend={t('refer.services')}
        services={servicesForPartner(catalogue.data ?? [], partner)}
        value={form.services}
        onChange={set('services')}
        errors={errorsFor('services')}
      />
      <Field label={t('refer.reason')} hint={t('refer.reasonHint')} errors={errorsFor('reason')} className="wide">
        {(a11y) => <textarea {...a11y} rows={3} value={form.reason} onChange={(e) => set('reason')(e.target.value)} />}
      </Field>
      <TextField
        label={t('refer.respondWithin')}
        type="number"
        value={form.respondWithinDays}
        onChange={set('respondWithinDays')}
        errors={errorsFor('respondWithin')}
      />
      <TextField label={t('refer.interpreter')} value={form.interpreterLanguage} onChange={set('interpreterLanguage')} hint={t('refer.interpreterHint')} errors={errorsFor('interpreterLanguage')} />
      {purpose && (
        <div role="alert" className="error wide consent-refusal">
          <p>{t('refer.noConsent', { purpose: t(`purpose.${purpose}`, { defaultValue: purpose }) })}</p>
          <p className="consent-detail">{(send.error as ApiError).detail}</p>
          <p>{t('refer.noConsentHint')}</p>
          {!override && (
            <button type="button" onClick={() => setOverride(true)}>
              {t('refer.override')}
            </button>
          )}
        </div>
      )}
      {override && (
        <Field label={t('refer.overrideReason')} errors={errorsFor('overrideReason')} className="wide">
          {(a11y) => <textarea {...a11y} rows={2} value={form.overrideReason} onChange={(e) => set('overrideReason')(e.target.value)} />}
        </Field>
      )}
      {!purpose && (
        <FormError error={send.error ?? partners.error ?? catalogue.error} fields={fields} fixFields={t('refer.fixFields')} forbidden={t('refer.forbidden')} className="wide" />
      )}
      <div className="row wide">
        <button type="submit" className="primary" disabled={send.isPending || (override && form.overrideReason.trim() === '')}>
          {override ? t('refer.overrideSubmit') : t('refer.submit')}
        </button>
      </div>
    </form>
  );
}
