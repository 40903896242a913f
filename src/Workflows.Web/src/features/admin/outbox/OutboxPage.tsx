import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { Loading } from '../../../ui/Loading';
import { PageHeader } from '../../../ui/PageHeader';
import { adminKeys, listOutbox } from '../api';
import { isOutboxFilter, outboxFilters, type OutboxFilter } from '../outboxStatus';
import { OutboxTable } from './OutboxTable';

export function OutboxPage() {
  const { t } = useTranslation('admin');
  const [params, setParams] = useSearchParams();
  const raw = params.get('status');
  const filter: OutboxFilter = isOutboxFilter(raw) ? raw : 'all';
  const entries = useQuery({ queryKey: adminKeys.outbox(filter), queryFn: () => listOutbox(filter) });
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <>
      <PageHeader title={t('outbox.title')}>
        <button type="button" onClick={() => void entries.refetch()} disabled={entries.isFetching}>
          {t('outbox.refresh')}
        </button>
      </PageHeader>
      <p className="muted">{t('outbox.intro')}</p>
      <div className="filters">
        <label className="field">
          <span>{t('outbox.filterLabel')}</span>
          <select
            value={filter}
            onChange={(e) => {
              setNotice(null);
              setParams(e.target.value === 'all' ? {} : { status: e.target.value }, { replace: true });
            }}
          >
            {outboxFilters.map((f) => (
              <option key={f} value={f}>
                {t(`outbox.filters.${f}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div role="status" aria-live="polite">
        {notice && <p className="status-message">{notice}</p>}
      </div>
      {entries.isPending ? (
        <Loading />
      ) : entries.error ? (
        <ErrorMessage error={entries.error} />
      ) : (
        <OutboxTable entries={entries.data} onResent={() => setNotice(t('outbox.resent'))} />
      )}
    </>
  );
}
