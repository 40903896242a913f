import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field } from '../../ui/form/Field';
import { FormError } from '../../ui/form/FormError';
import { fieldErrors } from '../../ui/form/fieldErrors';
import { SelectField } from '../../ui/form/SelectField';
import { TextField } from '../../ui/form/TextField';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { referralKeys, referralsApi, vocabulary, type Partner } from './api';
import { useServiceTypes } from './hooks';
import { ReferralsNav } from './ReferralsNav';
import { emptyPartnerForm, partnerFormOf, partnerRequest, type PartnerForm } from './requests';
import { ServiceChecklist } from './ServiceChecklist';
import './referrals.css';

const fields = ['name', 'kind', 'city', 'services', 'email', 'phone', 'languages', 'answersOnline', 'active'];

/** Add a partner (/partners/new) or change one (/partners/:id); coordinators and admins. */
export function PartnerFormPage() {
  const { id } = useParams();
  const editing = id !== undefined && id !== 'new';
  const partner = useQuery({ queryKey: referralKeys.partner(id ?? ''), queryFn: ({ signal }) => referralsApi.partner(id!, signal), enabled: editing });
  if (editing && partner.error) return <ErrorMessage error={partner.error} />;
  if (editing && partner.isPending) return <Loading />;
  // Keyed by partner: the form starts from the loaded record.
  return <PartnerFormBody key={id ?? 'new'} partner={editing ? partner.data : undefined} />;
}

function PartnerFormBody({ partner }: { partner: Partner | undefined }) {
  const { t } = useTranslation('referrals');
  const client = useQueryClient();
  const navigate = useNavigate();
  const catalogue = useServiceTypes();
  const [form, setForm] = useState<PartnerForm>(() => (partner ? partnerFormOf(partner) : emptyPartnerForm));
  const set = <K extends keyof PartnerForm>(key: K) => (value: PartnerForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const save = useMutation({
    mutationFn: () => (partner ? referralsApi.updatePartner(partner.id, partnerRequest(form)) : referralsApi.createPartner(partnerRequest(form))),
    onSuccess: async (saved) => {
      await client.invalidateQueries({ queryKey: referralKeys.all });
      navigate('/partners', { state: { saved: saved.name } });
    },
  });
  const errorsFor = (field: string) => fieldErrors(save.error, field);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  // Inactive services stay ticked on a partner that has them, but are not offered anew.
  const services = (catalogue.data ?? []).filter((s) => s.active || form.services.includes(s.key));
  return (
    <section className="page referrals">
      <PageHeader title={partner ? t('partnerForm.editTitle', { name: partner.name }) : t('partnerForm.newTitle')}>
        <ReferralsNav />
      </PageHeader>
      <p>
        <Link to="/partners">{t('partnerForm.back')}</Link>
      </p>
      <form className="card referrals-form" onSubmit={submit} noValidate>
        <TextField label={t('partnerForm.name')} value={form.name} onChange={set('name')} required errors={errorsFor('name')} />
        <SelectField
          label={t('partnerForm.kind')}
          value={form.kind}
          onChange={set('kind')}
          placeholder={t('partnerForm.chooseKind')}
          options={vocabulary.kinds.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
          errors={errorsFor('kind')}
        />
        <TextField label={t('partnerForm.city')} value={form.city} onChange={set('city')} required errors={errorsFor('city')} />
        <TextField label={t('partnerForm.email')} type="email" value={form.email} onChange={set('email')} hint={t('partnerForm.emailHint')} errors={errorsFor('email')} />
        <TextField label={t('partnerForm.phone')} type="tel" value={form.phone} onChange={set('phone')} errors={errorsFor('phone')} />
        <TextField label={t('partnerForm.languages')} value={form.languages} onChange={set('languages')} hint={t('partnerForm.languagesHint')} errors={errorsFor('languages')} />
        <Field label={t('partnerForm.answersOnline')} className="check" errors={errorsFor('answersOnline')}>
          {(a11y) => <input {...a11y} type="checkbox" checked={form.answersOnline} onChange={(e) => set('answersOnline')(e.target.checked)} />}
        </Field>
        <Field label={t('partnerForm.active')} className="check" errors={errorsFor('active')}>
          {(a11y) => <input {...a11y} type="checkbox" checked={form.active} onChange={(e) => set('active')(e.target.checked)} />}
        </Field>
        <ServiceChecklist id="partner-services" legend={t('partnerForm.services')} services={services} value={form.services} onChange={set('services')} errors={errorsFor('services')} />
        <FormError error={save.error ?? catalogue.error} fields={fields} fixFields={t('partnerForm.fixFields')} forbidden={t('partnerForm.forbidden')} className="wide" />
        <div className="row wide">
          <button type="submit" className="primary" disabled={save.isPending}>
            {t('partnerForm.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
