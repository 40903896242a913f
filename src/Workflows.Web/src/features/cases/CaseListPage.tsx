import { Link, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/SessionContext';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/Loading';
import { FoldingFilters } from '../../ui/FoldingFilters';
import { PageHeader } from '../../ui/PageHeader';
import type { CaseFilters } from './api';
import { CaseFiltersForm } from './CaseFiltersForm';
import { CaseTable } from './CaseTable';
import { mayCreateCase } from './roles';
import { useCaseList } from './useCaseList';
import { usePhases } from './usePhases';
import './cases.css';

/**
 * Filters live in the URL so the back button returns to the same list; a code prefix, a phase, a staff member's id and
 * "overdue" say nothing about a client.
 */
export function CaseListPage() {
  const { t } = useTranslation('cases');
  const { me } = useSession();
  const [params, setParams] = useSearchParams();
  const filters: CaseFilters = {
    phase: params.get('phase') ?? undefined,
    code: params.get('code') ?? undefined,
    member: params.get('member') ?? undefined,
    overdue: params.get('overdue') === '1' || undefined,
  };
  const phases = usePhases();
  const list = useCaseList(filters);
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];

  function setFilters(next: CaseFilters) {
    const search = new URLSearchParams();
    if (next.phase) search.set('phase', next.phase);
    if (next.code) search.set('code', next.code);
    if (next.member) search.set('member', next.member);
    if (next.overdue) search.set('overdue', '1');
    setParams(search, { replace: true });
  }

  return (
    <section className="page">
      <PageHeader title={t('list.title')}>
        {mayCreateCase(me) && (
          <Link className="cases-action" to="/cases/new">
            {t('list.newCase')}
          </Link>
        )}
      </PageHeader>
      <FoldingFilters label={t('list.filtersToggle')} active={Object.values(filters).filter((v) => v !== undefined).length}>
        <CaseFiltersForm key={`${filters.phase}|${filters.code}|${filters.member}|${filters.overdue}`} phases={phases.data ?? []} value={filters} onChange={setFilters} />
      </FoldingFilters>
      {list.isPending && <Loading />}
      <ErrorMessage error={list.error} />
      {list.isSuccess && items.length === 0 && <p>{t('list.empty')}</p>}
      {items.length > 0 && <CaseTable items={items} />}
      {list.hasNextPage && (
        <p>
          <button type="button" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
            {t('list.more')}
          </button>
        </p>
      )}
    </section>
  );
}
