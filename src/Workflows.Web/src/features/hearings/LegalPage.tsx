import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { hasRole } from '../../auth/types';
import { useSession } from '../../auth/SessionContext';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { mergeAgenda, upcoming, type AgendaItem } from './agenda';
import { AgendaList } from './AgendaList';
import { legalKeys, listDeadlines, listHearings, listNonWorkingDays, type NonWorkingDay } from './api';
import { CalendarFeedSection } from './CalendarFeedSection';
import { addDays, addMonths, monthOf, todayInBelgrade } from '../../lib/dates';
import { DeadlineDialog } from './DeadlineDialog';
import { HearingDialog } from './HearingDialog';
import { MonthCalendar } from './MonthCalendar';
import { gridRange } from './monthGrid';
import { useLegalParams } from './useLegalParams';
import './hearings.css';

export function LegalPage() {
  const { t } = useTranslation('legal');
  const { me } = useSession();
  const today = todayInBelgrade();
  const { view, month, mine, setView, setMonth, setMine } = useLegalParams(monthOf(today));
  const [open, setOpen] = useState<AgendaItem | null>(null);

  // The API filters by instant; a day's margin either side covers Belgrade's offset, and days are then taken in Belgrade.
  const range =
    view === 'calendar'
      ? { from: `${addDays(gridRange(month).first, -1)}T00:00:00Z`, to: `${addDays(gridRange(month).last, 2)}T00:00:00Z` }
      : { from: `${addDays(today, -1)}T00:00:00Z`, to: undefined };
  const hearingParams = { mine, ...range };
  const hearings = useQuery({ queryKey: legalKeys.hearings(hearingParams), queryFn: ({ signal }) => listHearings(hearingParams, signal) });
  const deadlines = useQuery({ queryKey: legalKeys.deadlines({ mine }), queryFn: ({ signal }) => listDeadlines({ mine }, signal) });

  // The grid can show days of two years (late December, early January).
  const firstYear = Number(gridRange(month).first.slice(0, 4));
  const lastYear = Number(gridRange(month).last.slice(0, 4));
  const nonWorkingFirst = useQuery({ queryKey: legalKeys.nonWorking(firstYear), queryFn: ({ signal }) => listNonWorkingDays(firstYear, signal), enabled: view === 'calendar', staleTime: 3_600_000 });
  const nonWorkingLast = useQuery({ queryKey: legalKeys.nonWorking(lastYear), queryFn: ({ signal }) => listNonWorkingDays(lastYear, signal), enabled: view === 'calendar' && lastYear !== firstYear, staleTime: 3_600_000 });
  const nonWorking = useMemo(() => {
    const map = new Map<string, NonWorkingDay[]>();
    for (const d of [...(nonWorkingFirst.data ?? []), ...(lastYear !== firstYear ? (nonWorkingLast.data ?? []) : [])]) {
      map.set(d.day, [...(map.get(d.day) ?? []), d]);
    }
    return map;
  }, [nonWorkingFirst.data, nonWorkingLast.data, firstYear, lastYear]);

  const all = useMemo(() => mergeAgenda(hearings.data ?? [], deadlines.data ?? []), [hearings.data, deadlines.data]);
  const items = view === 'list' ? upcoming(all, today, addDays(today, -30)) : all;
  const caseIds = useMemo(() => new Map((hearings.data ?? []).map((h) => [h.proceedingId, h.caseId])), [hearings.data]);
  const canAct = hasRole(me, 'Lawyer', 'Coordinator', 'Admin');
  const coordinates = hasRole(me, 'Coordinator', 'Admin');

  return (
    <section className="page legal-page">
      <PageHeader title={t('title')}>
        <div role="group" aria-label={t('view.label')} className="legal-view-toggle">
          <button type="button" aria-pressed={view === 'list'} onClick={() => setView('list')}>
            {t('view.list')}
          </button>
          <button type="button" aria-pressed={view === 'calendar'} onClick={() => setView('calendar')}>
            {t('view.calendar')}
          </button>
        </div>
      </PageHeader>
      <label className="row legal-mine">
        <input type="checkbox" checked={mine} onChange={(e) => setMine(e.target.checked)} />
        <span>{t('mine')}</span>
      </label>

      <ErrorMessage error={hearings.error ?? deadlines.error} />
      {hearings.isPending || deadlines.isPending ? (
        <Loading />
      ) : view === 'list' ? (
        <>
          <h2>{t('list.title')}</h2>
          <AgendaList items={items} today={today} caseIdOf={(p) => caseIds.get(p)} onOpen={setOpen} />
        </>
      ) : (
        <MonthCalendar
          month={month}
          today={today}
          items={items}
          nonWorking={nonWorking}
          onMonth={(m) => setMonth(m ?? monthOf(today))}
          onPrevious={() => setMonth(addMonths(month, -1))}
          onNext={() => setMonth(addMonths(month, 1))}
          onOpen={setOpen}
        />
      )}

      <CalendarFeedSection />

      {open?.type === 'hearing' && <HearingDialog item={open.hearing} canAct={canAct} onClose={() => setOpen(null)} />}
      {open?.type === 'deadline' && (
        <DeadlineDialog
          deadline={open.deadline}
          today={today}
          caseId={caseIds.get(open.deadline.proceedingId)}
          canAct={canAct}
          coordinates={coordinates}
          onClose={() => setOpen(null)}
        />
      )}
    </section>
  );
}
