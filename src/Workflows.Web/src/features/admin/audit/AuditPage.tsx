import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { Loading } from '../../../ui/Loading';
import { PageHeader } from '../../../ui/PageHeader';
import { adminKeys, listAudit, listUsers } from '../api';
import { auditPageSize, emptyAuditFilters, type AuditFilters } from '../auditQuery';
import { AuditFilterForm } from './AuditFilterForm';
import { AuditTable } from './AuditTable';
import { VerifyChain } from './VerifyChain';

export function AuditPage() {
  const { t } = useTranslation('admin');
  const [filters, setFilters] = useState<AuditFilters>(emptyAuditFilters);
  // Newest first, paging back by id: the stack holds where each newer page started, for "newer entries".
  const [pages, setPages] = useState<(number | undefined)[]>([undefined]);
  const beforeId = pages[pages.length - 1];
  const users = useQuery({ queryKey: adminKeys.users(), queryFn: listUsers });
  const entries = useQuery({
    queryKey: adminKeys.audit(filters, beforeId),
    queryFn: () => listAudit(filters, beforeId),
    placeholderData: keepPreviousData,
  });
  const rows = entries.data ?? [];
  const lastId = entries.data?.at(-1)?.id;
  const hasMore = (entries.data?.length ?? 0) >= auditPageSize;

  return (
    <>
      <PageHeader title={t('audit.title')} />
      <p className="muted">{t('audit.intro')}</p>
      <VerifyChain />
      <h2>{t('audit.searchTitle')}</h2>
      <AuditFilterForm
        users={users.data ?? []}
        initial={filters}
        onSearch={(f) => {
          setFilters(f);
          setPages([undefined]);
        }}
      />
      {entries.isPending ? (
        <Loading />
      ) : entries.error ? (
        <ErrorMessage error={entries.error} />
      ) : (
        <>
          <p role="status" className="muted">
            {t('audit.pageSummary', { count: rows.length, page: pages.length })}
          </p>
          <AuditTable entries={rows} users={users.data ?? []} />
          <div className="row" style={{ marginTop: '0.75rem' }}>
            <button type="button" disabled={pages.length <= 1} onClick={() => setPages(pages.slice(0, -1))}>
              {t('audit.previous')}
            </button>
            <button type="button" disabled={!hasMore || lastId === undefined} onClick={() => setPages([...pages, lastId])}>
              {t('audit.next')}
            </button>
          </div>
        </>
      )}
    </>
  );
}
