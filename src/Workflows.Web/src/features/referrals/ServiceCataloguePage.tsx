import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/SessionContext';
import { Badge } from '../../ui/Badge';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { FormError } from '../../ui/form/FormError';
import { fieldErrors } from '../../ui/form/fieldErrors';
import { TextField } from '../../ui/form/TextField';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { referralKeys, referralsApi, type ServiceType } from './api';
import { FundingProjects } from './FundingProjects';
import { useServiceTypes } from './hooks';
import { ReferralsNav } from './ReferralsNav';
import { serviceLabel } from './requests';
import { mayEditCatalogue } from './roles';
import './referrals.css';

/** The service catalogue in three languages; admins add services and deactivate them (never delete). */
export function ServiceCataloguePage() {
  const { t, i18n } = useTranslation('referrals');
  const { me } = useSession();
  const catalogue = useServiceTypes();
  const client = useQueryClient();
  const [status, setStatus] = useState('');
  const toggle = useMutation({
    mutationFn: (s: ServiceType) => referralsApi.putServiceType(s.key, { labelEn: s.labelEn, labelSrLatn: s.labelSrLatn, labelSrCyrl: s.labelSrCyrl, active: !s.active }),
    onSuccess: async (s) => {
      await client.invalidateQueries({ queryKey: referralKeys.serviceTypes });
      setStatus(`${serviceLabel([s], s.key, i18n.language)}: ${s.active ? t('catalogue.active') : t('catalogue.inactive')}`);
    },
  });
  const admin = mayEditCatalogue(me);
  return (
    <section className="page referrals">
      <PageHeader title={t('catalogue.title')}>
        <ReferralsNav />
      </PageHeader>
      <p className="muted">{t('catalogue.neverDeleted')}</p>
      {admin && <AddServiceForm onAdded={(label) => setStatus(t('catalogue.added', { label }))} />}
      <p role="status">{status}</p>
      <ErrorMessage error={catalogue.error ?? toggle.error} />
      {catalogue.isPending && <Loading />}
      {catalogue.data && (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{t('catalogue.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('catalogue.labelEn')}</th>
                <th scope="col">{t('catalogue.labelSrLatn')}</th>
                <th scope="col">{t('catalogue.labelSrCyrl')}</th>
                <th scope="col">{t('catalogue.key')}</th>
                <th scope="col">{t('catalogue.status')}</th>
              </tr>
            </thead>
            <tbody>
              {catalogue.data.map((s) => (
                <tr key={s.key}>
                  <td>{s.labelEn}</td>
                  <td>{s.labelSrLatn}</td>
                  <td>{s.labelSrCyrl}</td>
                  <td>
                    <code>{s.key}</code>
                  </td>
                  <td>
                    {s.active ? <Badge tone="success">{t('catalogue.active')}</Badge> : <Badge>{t('catalogue.inactive')}</Badge>}
                    {admin && (
                      <button type="button" className="link-button" disabled={toggle.isPending} onClick={() => toggle.mutate(s)}>
                        {s.active ? t('catalogue.deactivate') : t('catalogue.activate')}
                        <span className="visually-hidden"> {serviceLabel([s], s.key, i18n.language)}</span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <FundingProjects admin={admin} />
    </section>
  );
}

const fields = ['key', 'labelEn', 'labelSrLatn', 'labelSrCyrl'];

function AddServiceForm({ onAdded }: { onAdded: (label: string) => void }) {
  const { t } = useTranslation('referrals');
  const client = useQueryClient();
  const [key, setKey] = useState('');
  const [labelEn, setLabelEn] = useState('');
  const [labelSrLatn, setLabelSrLatn] = useState('');
  const [labelSrCyrl, setLabelSrCyrl] = useState('');
  const add = useMutation({
    // The key is the path; an empty one is sent as '-' so the API, not a 405, says what is wrong with it.
    mutationFn: () => referralsApi.putServiceType(key.trim() || '-', { labelEn, labelSrLatn, labelSrCyrl, active: true }),
    onSuccess: async (s) => {
      await client.invalidateQueries({ queryKey: referralKeys.serviceTypes });
      setKey('');
      setLabelEn('');
      setLabelSrLatn('');
      setLabelSrCyrl('');
      onAdded(s.labelEn);
    },
  });
  const errorsFor = (field: string) => fieldErrors(add.error, field);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate();
  };
  return (
    <details className="card referrals-disclosure">
      <summary>{t('catalogue.add')}</summary>
      <form className="referrals-form" onSubmit={submit} noValidate aria-label={t('catalogue.add')}>
        <TextField label={t('catalogue.key')} value={key} onChange={setKey} hint={t('catalogue.keyHint')} errors={errorsFor('key')} />
        <TextField label={t('catalogue.labelEn')} value={labelEn} onChange={setLabelEn} errors={errorsFor('labelEn')} />
        <TextField label={t('catalogue.labelSrLatn')} value={labelSrLatn} onChange={setLabelSrLatn} errors={errorsFor('labelSrLatn')} />
        <TextField label={t('catalogue.labelSrCyrl')} value={labelSrCyrl} onChange={setLabelSrCyrl} errors={errorsFor('labelSrCyrl')} />
        <FormError error={add.error} fields={fields} fixFields={t('catalogue.fixFields')} forbidden={t('catalogue.forbidden')} className="wide" />
        <div className="row wide">
          <button type="submit" className="primary" disabled={add.isPending}>
            {t('catalogue.submit')}
          </button>
        </div>
      </form>
    </details>
  );
}
