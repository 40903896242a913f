import { useTranslation } from 'react-i18next';
import { DateTime } from '../../ui/DateTime';
import type { ClientIdentity } from './api';

export function ClientIdentityView({ identity }: { identity: ClientIdentity }) {
  const { t } = useTranslation('cases');
  const address = identity.address ? [identity.address.street, identity.address.postalCode, identity.address.city, identity.address.country].filter(Boolean).join(', ') : '';
  return (
    <dl className="identity">
      <dt>{t('create.client.fullName')}</dt>
      <dd>{identity.fullName}</dd>
      {identity.dateOfBirth && (
        <>
          <dt>{t('create.client.dateOfBirth')}</dt>
          <dd>
            <DateTime value={`${identity.dateOfBirth}T12:00:00Z`} dateOnly />
          </dd>
        </>
      )}
      {identity.nationality && (
        <>
          <dt>{t('create.client.nationality')}</dt>
          <dd>{identity.nationality}</dd>
        </>
      )}
      {(identity.documents ?? []).map((d, i) => (
        <div key={`d${i}`} style={{ display: 'contents' }}>
          <dt>{t('reveal.document', { type: d.type })}</dt>
          <dd>{d.number}</dd>
        </div>
      ))}
      {(identity.contacts ?? []).map((c, i) => (
        <div key={`c${i}`} style={{ display: 'contents' }}>
          <dt>{t('reveal.contact', { type: c.type })}</dt>
          <dd>{c.value}</dd>
        </div>
      ))}
      {address && (
        <>
          <dt>{t('create.client.address')}</dt>
          <dd>{address}</dd>
        </>
      )}
    </dl>
  );
}
