import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/SessionContext';
import type { CaseSectionProps } from '../../lib/caseSections';
import { todayInBelgrade } from '../../lib/dates';
import { DateTime } from '../../ui/DateTime';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field } from '../../ui/form/Field';
import { FormError } from '../../ui/form/FormError';
import { fieldErrors } from '../../ui/form/fieldErrors';
import { SelectField } from '../../ui/form/SelectField';
import { TextField } from '../../ui/form/TextField';
import { Loading } from '../../ui/Loading';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { referralKeys, referralsApi, type ServiceDelivered } from './api';
import { useFundingProjects, usePartners, useServiceTypes } from './hooks';
import { astraProvider, correctionRequest, serviceFormOf, serviceLabel, serviceRequest, type ServiceForm } from './requests';
import { mayRefer } from './roles';
import { EarlierRecords, WithdrawnRecords } from './ServiceHistory';
import './referrals.css';

/** Services the client received, by ASTRA or a partner; record one more. Corrections append on the server. */
export function ServicesSection({ caseId }: CaseSectionProps) {
  const { t, i18n } = useTranslation('referrals');
  const { me } = useSession();
  const catalogue = useServiceTypes();
  const projects = useFundingProjects();
  const [status, setStatus] = useState('');
  const [formKey, setFormKey] = useState(0);
  const list = useQuery({ queryKey: referralKeys.servicesOfCase(caseId), queryFn: ({ signal }) => referralsApi.servicesOfCase(caseId, signal) });
  const [showHistory, setShowHistory] = useState(false);
  // Read only when asked for: the replaced records' notes are protected data too (and the read is audited).
  const history = useQuery({
    queryKey: referralKeys.serviceHistoryOfCase(caseId),
    queryFn: ({ signal }) => referralsApi.serviceHistoryOfCase(caseId, signal),
    enabled: showHistory,
  });
  const projectName = (key: string | null) => (key ? (projects.data?.find((p) => p.key === key)?.name ?? key) : null);
  return (
    <section className="card case-section-wide services-section" aria-labelledby="case-services">
      <h2 id="case-services">{t('services.title')}</h2>
      {mayRefer(me) && (
        <details key={`${caseId}-${formKey}`} className="referrals-disclosure">
          <summary>{t('services.open')}</summary>
          <RecordServiceForm
            caseId={caseId}
            onSaved={(label) => {
              setStatus(t('services.saved', { service: label }));
              setFormKey((k) => k + 1);
            }}
          />
        </details>
      )}
      <p role="status" className="referrals-status">
        {status}
      </p>
      <ErrorMessage error={list.error} />
      {list.data && (
        <div className="row">
          <button type="button" aria-pressed={showHistory} onClick={() => setShowHistory((v) => !v)}>
            {t('services.history')}
          </button>
        </div>
      )}
      {showHistory && <ErrorMessage error={history.error} />}
      {showHistory && history.isPending && <Loading />}
      {list.isPending && <Loading />}
      {list.data?.length === 0 && <p className="muted">{t('services.none')}</p>}
      {list.data && list.data.length > 0 && (
        <ul className="service-list">
          {list.data.map((s) => (
            <li key={s.id} className="service-item">
              <div className="referral-head">
                <strong>{serviceLabel(catalogue.data, s.serviceKey, i18n.language)}</strong>
                <DateTime value={`${s.deliveredOn}T12:00:00Z`} dateOnly />
              </div>
              <p className="muted">
                {s.partnerName ?? t('services.astra')}
                {s.referralId && <> · {t('services.fromReferral')}</>}
                {projectName(s.fundingProjectKey) && (
                  <>
                    {' · '}
                    {t('services.funding')}: {projectName(s.fundingProjectKey)}
                  </>
                )}
              </p>
              {s.note && <p className="service-note">{s.note}</p>}
              {showHistory && history.data && <EarlierRecords history={history.data} record={s} />}
              {mayRefer(me) && s.current && <ServiceCorrection caseId={caseId} service={s} onDone={setStatus} />}
            </li>
          ))}
        </ul>
      )}
      {showHistory && history.data && <WithdrawnRecords history={history.data} />}
    </section>
  );
}

const fields = ['serviceKey', 'deliveredOn', 'partnerId', 'fundingProjectKey', 'note'];

function RecordServiceForm({ caseId, original, onSaved }: { caseId: string; original?: ServiceDelivered; onSaved: (label: string) => void }) {
  const { t, i18n } = useTranslation('referrals');
  const client = useQueryClient();
  const catalogue = useServiceTypes();
  const projects = useFundingProjects();
  const partners = usePartners({ active: 'true' });
  const [form, setForm] = useState<ServiceForm>(() =>
    original ? serviceFormOf(original) : { serviceKey: '', deliveredOn: todayInBelgrade(), provider: astraProvider, fundingProjectKey: '', note: '' },
  );
  const set = <K extends keyof ServiceForm>(key: K) => (value: ServiceForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const save = useMutation({
    mutationFn: () => (original ? referralsApi.correctService(original.id, correctionRequest(form, false)) : referralsApi.recordService(caseId, serviceRequest(form))),
    onSuccess: async (s) => {
      await client.invalidateQueries({ queryKey: referralKeys.servicesOfCase(caseId) });
      onSaved(serviceLabel(catalogue.data, s.serviceKey, i18n.language));
    },
  });
  const errorsFor = (field: string) => fieldErrors(save.error, field);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form className="referrals-form" onSubmit={submit} noValidate aria-label={original ? t('services.correct') : t('services.open')}>
      <SelectField
        label={t('services.service')}
        value={form.serviceKey}
        onChange={set('serviceKey')}
        placeholder={t('services.chooseService')}
        options={(catalogue.data ?? []).filter((s) => s.active).map((s) => ({ value: s.key, label: serviceLabel(catalogue.data, s.key, i18n.language) }))}
        errors={errorsFor('serviceKey')}
      />
      <TextField label={t('services.on')} type="date" value={form.deliveredOn} onChange={set('deliveredOn')} errors={errorsFor('deliveredOn')} />
      <SelectField
        label={t('services.provider')}
        value={form.provider}
        onChange={set('provider')}
        options={[{ value: astraProvider, label: t('services.astra') }, ...(partners.data ?? []).map((p) => ({ value: p.id, label: `${p.name} · ${p.city}` }))]}
        errors={errorsFor('partnerId')}
      />
      <SelectField
        label={t('services.funding')}
        value={form.fundingProjectKey}
        onChange={set('fundingProjectKey')}
        placeholder={t('services.noFunding')}
        options={(projects.data ?? []).filter((p) => p.active).map((p) => ({ value: p.key, label: p.name }))}
        errors={errorsFor('fundingProjectKey')}
      />
      <Field label={t('services.note')} hint={t('services.noteHint')} errors={errorsFor('note')} className="wide">
        {(a11y) => <textarea {...a11y} rows={2} maxLength={1000} value={form.note} onChange={(e) => set('note')(e.target.value)} />}
      </Field>
      <FormError error={save.error ?? catalogue.error} fields={fields} fixFields={t('services.fixFields')} forbidden={t('services.forbidden')} className="wide" />
      <div className="row wide">
        <button type="submit" className="primary" disabled={save.isPending}>
          {original ? t('services.saveCorrection') : t('services.submit')}
        </button>
      </div>
    </form>
  );
}

/** Correct a record (a new one replaces it) or void it; the API keeps the old one in the history, never overwrites it. */
function ServiceCorrection({ caseId, service, onDone }: { caseId: string; service: ServiceDelivered; onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation('referrals');
  const client = useQueryClient();
  const catalogue = useServiceTypes();
  const [open, setOpen] = useState<'correct' | 'void' | null>(null);
  const label = serviceLabel(catalogue.data, service.serviceKey, i18n.language);
  const done = async (message: string) => {
    await client.invalidateQueries({ queryKey: referralKeys.servicesOfCase(caseId) });
    setOpen(null);
    onDone(message);
  };
  const voiding = useMutation({
    mutationFn: () => referralsApi.correctService(service.id, correctionRequest(serviceFormOf(service), true)),
    onSuccess: () => done(t('services.voided', { service: label })),
  });
  return (
    <div className="referral-actions">
      <div className="row">
        <button type="button" aria-expanded={open === 'correct'} onClick={() => setOpen(open === 'correct' ? null : 'correct')}>
          {t('services.correct')}
          <span className="visually-hidden"> {label}</span>
        </button>
        <button type="button" onClick={() => setOpen('void')}>
          {t('services.void')}
          <span className="visually-hidden"> {label}</span>
        </button>
      </div>
      {open === 'correct' && <RecordServiceForm caseId={caseId} original={service} onSaved={(l) => done(t('services.corrected', { service: l }))} />}
      {open === 'void' && (
        <ConfirmDialog title={t('services.void')} confirmLabel={t('services.void')} danger busy={voiding.isPending} onConfirm={() => voiding.mutate()} onCancel={() => setOpen(null)}>
          <p>{t('services.voidConfirm', { service: label })}</p>
          <ErrorMessage error={voiding.error} />
        </ConfirmDialog>
      )}
    </div>
  );
}
