import { useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/SessionContext';
import { Badge } from '../../ui/Badge';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { vocabulary, type PartnerFilters } from './api';
import { usePartners, useServiceTypes } from './hooks';
import { ReferralsNav } from './ReferralsNav';
import { serviceLabel } from './requests';
import { mayEditPartners } from './roles';
import './referrals.css';

/** The partner directory, filtered by kind, city and active flag; everyone reads it, coordinators and admins edit. */
export function PartnerListPage() {
  const { t, i18n } = useTranslation('referrals');
  const { me } = useSession();
  const [filters, setFilters] = useState<PartnerFilters>({ active: 'true' });
  const [city, setCity] = useState('');
  const partners = usePartners(filters);
  const catalogue = useServiceTypes();
  const editable = mayEditPartners(me);
  // The form page comes back here after saving, naming what it saved.
  const saved = (useLocation().state as { saved?: string } | null)?.saved;
  return (
    <section className="page referrals">
      <PageHeader title={t('partners.title')}>
        <ReferralsNav />
      </PageHeader>
      <form
        className="row card referrals-filters"
        aria-label={t('partners.filters')}
        onSubmit={(e) => {
          e.preventDefault();
          setFilters((f) => ({ ...f, city }));
        }}
      >
        <div className="field">
          <label htmlFor="partner-kind">{t('partners.kind')}</label>
          <select id="partner-kind" value={filters.kind ?? ''} onChange={(e) => setFilters((f) => ({ ...f, kind: e.target.value || undefined }))}>
            <option value="">{t('partners.any')}</option>
            {vocabulary.kinds.map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="partner-city">{t('partners.city')}</label>
          <input id="partner-city" value={city} onChange={(e) => setCity(e.target.value)} onBlur={() => setFilters((f) => ({ ...f, city }))} />
        </div>
        <div className="field">
          <label htmlFor="partner-active">{t('partners.active')}</label>
          <select id="partner-active" value={filters.active ?? ''} onChange={(e) => setFilters((f) => ({ ...f, active: e.target.value || undefined }))}>
            <option value="">{t('partners.any')}</option>
            <option value="true">{t('partners.yes')}</option>
            <option value="false">{t('partners.no')}</option>
          </select>
        </div>
      </form>
      {saved && <p role="status">{t('partnerForm.saved', { name: saved })}</p>}
      {partners.error && <ErrorMessage error={partners.error} />}
      {partners.isPending && <Loading />}
      {partners.data && (
        <>
          <p className="muted" role="status">
            {t('partners.count', { count: partners.data.length })}
          </p>
          {partners.data.length === 0 && <p>{t('partners.none')}</p>}
          <ul className="partner-list">
            {partners.data.map((p) => (
              <li key={p.id} className="card partner-card">
                <h2>
                  {p.name} {p.demo && <Badge>{t('partners.demo')}</Badge>} {!p.active && <Badge tone="warning">{t('partners.inactive')}</Badge>}
                </h2>
                <p className="muted">
                  {t(`kind.${p.kind}`, { defaultValue: p.kind })} · {p.city}
                  {p.answersOnline && <> · {t('partners.online')}</>}
                </p>
                <p>
                  <span className="visually-hidden">{t('partners.services')}: </span>
                  {p.services.map((s) => serviceLabel(catalogue.data, s, i18n.language)).join(', ')}
                </p>
                {(p.email || p.phone) && (
                  <p className="partner-contact">
                    <span className="visually-hidden">{t('partners.contact')}: </span>
                    {p.email && <a href={`mailto:${p.email}`}>{p.email}</a>}
                    {p.email && p.phone && ' · '}
                    {p.phone && <a href={`tel:${p.phone.replace(/\s+/g, '')}`}>{p.phone}</a>}
                  </p>
                )}
                {editable && (
                  <p>
                    <Link to={`/partners/${p.id}`} aria-label={`${t('partners.edit')} ${p.name}`}>
                      {t('partners.edit')}
                    </Link>
                  </p>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
