import { useTranslation } from 'react-i18next';
import { DateTime } from '../../ui/DateTime';
import type { ServiceDelivered } from './api';
import { useServiceTypes } from './hooks';
import { serviceLabel } from './requests';
import { earlierVersions, withdrawnRecords } from './serviceHistory';

/** One earlier record as it stood: when it was recorded and what it said. */
function Version({ record }: { record: ServiceDelivered }) {
  const { t, i18n } = useTranslation('referrals');
  const catalogue = useServiceTypes();
  return (
    <li className="service-version">
      <span className="muted">
        {t('services.recordedAt')} <DateTime value={record.recordedAt} />
      </span>
      <span>
        {serviceLabel(catalogue.data, record.serviceKey, i18n.language)} · <DateTime value={`${record.deliveredOn}T12:00:00Z`} dateOnly /> · {record.partnerName ?? t('services.astra')}
      </span>
      {record.note && <span className="service-note">{record.note}</span>}
    </li>
  );
}

/** What a current record replaced, newest first; nothing when it was never corrected. */
export function EarlierRecords({ history, record }: { history: ServiceDelivered[]; record: ServiceDelivered }) {
  const { t } = useTranslation('referrals');
  const versions = earlierVersions(history, record);
  if (versions.length === 0) return <p className="muted service-history-none">{t('services.notCorrected')}</p>;
  return (
    <div className="service-history">
      <p className="service-history-title">{t('services.replaced', { count: versions.length })}</p>
      <ol className="service-versions">
        {versions.map((v) => (
          <Version key={v.id} record={v} />
        ))}
      </ol>
    </div>
  );
}

/** Records voided as recorded by mistake: kept, shown apart from the services delivered. */
export function WithdrawnRecords({ history }: { history: ServiceDelivered[] }) {
  const { t } = useTranslation('referrals');
  const withdrawn = withdrawnRecords(history);
  if (withdrawn.length === 0) return null;
  return (
    <div className="service-history">
      <h3 className="service-history-title">{t('services.withdrawn')}</h3>
      <ul className="service-versions">
        {withdrawn.map(({ voidedBy, versions }) => (
          <li key={voidedBy.id} className="service-withdrawn">
            <span className="muted">
              {t('services.voidedAt')} <DateTime value={voidedBy.recordedAt} />
            </span>
            <ol className="service-versions">
              {versions.map((v) => (
                <Version key={v.id} record={v} />
              ))}
            </ol>
          </li>
        ))}
      </ul>
    </div>
  );
}
