import { useState } from 'react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../ui/DateTime';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/Loading';
import { FoldingFilters } from '../../ui/FoldingFilters';
import { PageHeader } from '../../ui/PageHeader';
import { hotlineApi, hotlineKeys, vocabulary, type ContactFilters } from './api';
import { HotlineNav } from './HotlineNav';
import './hotline.css';

/** The contact log, newest first, filtered by day range, outcome and topic; coded fields only. */
export function ContactListPage() {
  const { t } = useTranslation('hotline');
  const [filters, setFilters] = useState<ContactFilters>({});
  const list = useInfiniteQuery({
    queryKey: hotlineKeys.list(filters),
    queryFn: ({ pageParam, signal }) => hotlineApi.list(filters, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next ?? null,
  });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const day = (value: string) => (value ? new Date(`${value}T00:00:00`).toISOString() : undefined);
  return (
    <section className="page hotline">
      <PageHeader title={t('list.title')}>
        <HotlineNav />
      </PageHeader>
      <FoldingFilters label={t('list.filtersToggle')} active={Object.values(filters).filter((v) => v !== undefined).length}>
        <form className="row wrap card" aria-label={t('list.filters')} onSubmit={(e) => e.preventDefault()}>
          <div className="field">
            <label htmlFor="from">{t('list.from')}</label>
            <input id="from" type="date" onChange={(e) => setFilters((f) => ({ ...f, from: day(e.target.value) }))} />
          </div>
          <div className="field">
            <label htmlFor="to">{t('list.to')}</label>
            <input id="to" type="date" onChange={(e) => setFilters((f) => ({ ...f, to: day(e.target.value) }))} />
          </div>
          <div className="field">
            <label htmlFor="outcome">{t('outcomeLabel')}</label>
            <select id="outcome" value={filters.outcome ?? ''} onChange={(e) => setFilters((f) => ({ ...f, outcome: e.target.value || undefined }))}>
              <option value="">{t('list.any')}</option>
              {[...vocabulary.outcome, 'caseOpened'].map((o) => (
                <option key={o} value={o}>
                  {t(`outcome.${o}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="topic">{t('topicsLabel')}</label>
            <select id="topic" value={filters.topic ?? ''} onChange={(e) => setFilters((f) => ({ ...f, topic: e.target.value || undefined }))}>
              <option value="">{t('list.any')}</option>
              {vocabulary.topics.map((o) => (
                <option key={o} value={o}>
                  {t(`topics.${o}`)}
                </option>
              ))}
            </select>
          </div>
        </form>
      </FoldingFilters>
      {list.isPending ? (
        <Loading />
      ) : (
        <div className="table-scroll">
          <table className="stack-table">
            <thead>
              <tr>
                <th>{t('list.code')}</th>
                <th>{t('list.when')}</th>
                <th>{t('callerTypeLabel')}</th>
                <th>{t('topicsLabel')}</th>
                <th>{t('outcomeLabel')}</th>
                <th>{t('list.case')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => (
                <tr key={c.id} className={c.imminentDanger ? 'danger' : undefined}>
                  <td className="stack-title">
                    <Link to={`/hotline/contacts/${c.id}`}>{c.code}</Link>
                  </td>
                  <td data-label={t('list.when')}>
                    <DateTime value={c.occurredAt} />
                  </td>
                  <td data-label={t('callerTypeLabel')}>{t(`callerType.${c.callerType}`)}</td>
                  <td data-label={t('topicsLabel')}>{c.topics.map((x) => t(`topics.${x}`)).join(', ')}</td>
                  <td data-label={t('outcomeLabel')}>{t(`outcome.${c.outcome}`)}</td>
                  <td data-label={t('list.case')}>{c.caseCode ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {rows.length === 0 && <p className="muted">{t('list.empty')}</p>}
        </div>
      )}
      <ErrorMessage error={list.error} />
      {list.hasNextPage && (
        <button type="button" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
          {t('list.more')}
        </button>
      )}
    </section>
  );
}
