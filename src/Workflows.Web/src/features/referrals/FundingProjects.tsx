import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../ui/Badge';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { FormError } from '../../ui/form/FormError';
import { fieldErrors } from '../../ui/form/fieldErrors';
import { TextField } from '../../ui/form/TextField';
import { referralKeys, referralsApi, type FundingProject } from './api';
import { useFundingProjects } from './hooks';

const fields = ['key', 'name'];

/** The donor projects a service delivered can be booked to: a short list admins keep (never deleted, only deactivated). */
export function FundingProjects({ admin }: { admin: boolean }) {
  const { t } = useTranslation('referrals');
  const client = useQueryClient();
  const projects = useFundingProjects();
  const [key, setKey] = useState('');
  const [name, setName] = useState('');
  const [status, setStatus] = useState('');
  const put = useMutation({
    mutationFn: (p: { key: string; name: string; active: boolean }) => referralsApi.putFundingProject(p.key.trim() || '-', { name: p.name, active: p.active }),
    onSuccess: async (p) => {
      await client.invalidateQueries({ queryKey: referralKeys.fundingProjects });
      setStatus(`${p.name}: ${p.active ? t('catalogue.active') : t('catalogue.inactive')}`);
    },
  });
  const toggle = (p: FundingProject) => put.mutate({ key: p.key, name: p.name, active: !p.active });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    put.mutate({ key, name, active: true }, { onSuccess: () => (setKey(''), setName('')) });
  };
  return (
    <section className="card funding-projects" aria-labelledby="funding-projects">
      <h2 id="funding-projects">{t('funding.title')}</h2>
      <p className="muted">{t('funding.intro')}</p>
      {admin && (
        <details className="referrals-disclosure">
          <summary>{t('funding.add')}</summary>
          <form className="referrals-form" onSubmit={submit} noValidate>
            <TextField label={t('catalogue.key')} value={key} onChange={setKey} hint={t('catalogue.keyHint')} errors={fieldErrors(put.error, 'key')} />
            <TextField label={t('funding.name')} value={name} onChange={setName} errors={fieldErrors(put.error, 'name')} />
            <FormError error={put.error} fields={fields} fixFields={t('catalogue.fixFields')} forbidden={t('catalogue.forbidden')} className="wide" />
            <div className="row wide">
              <button type="submit" className="primary" disabled={put.isPending}>
                {t('funding.submit')}
              </button>
            </div>
          </form>
        </details>
      )}
      <p role="status" className="referrals-status">
        {status}
      </p>
      <ErrorMessage error={projects.error} />
      {projects.data?.length === 0 && <p className="muted">{t('funding.none')}</p>}
      <ul className="partner-list">
        {projects.data?.map((p) => (
          <li key={p.key} className="row">
            <span>{p.name}</span>
            <code>{p.key}</code>
            {p.active ? <Badge tone="success">{t('catalogue.active')}</Badge> : <Badge>{t('catalogue.inactive')}</Badge>}
            {admin && (
              <button type="button" className="link-button" disabled={put.isPending} onClick={() => toggle(p)}>
                {p.active ? t('catalogue.deactivate') : t('catalogue.activate')}
                <span className="visually-hidden"> {p.name}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
