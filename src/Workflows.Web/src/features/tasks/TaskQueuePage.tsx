import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/SessionContext';
import { hasRole, oversees } from '../../auth/types';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/Loading';
import { FoldingFilters } from '../../ui/FoldingFilters';
import { PageHeader } from '../../ui/PageHeader';
import { isQueue, queues as allQueues, type Queue, type TaskFilters } from './api';
import { useTaskAction, useTaskCounts, useTaskList } from './hooks';
import { QueueTabs, tabId } from './QueueTabs';
import { listStaff, listTaskTypes, queueKeys, type QueueView } from './queueApi';
import { TaskFiltersForm } from './TaskFiltersForm';
import { TaskTable } from './TaskTable';
import { useNewTaskAnnouncement } from './useNewTaskAnnouncement';
import './tasks.css';

// Saved views and the bulk bar are not needed to read the queue: they load just after it, outside the first load
// that a phone on mobile data waits for (scripts/bundle-size.js).
const SavedViews = lazy(() => import('./SavedViews').then((m) => ({ default: m.SavedViews })));
const BulkBar = lazy(() => import('./BulkBar').then((m) => ({ default: m.BulkBar })));

/** Set by the task page after a completion, shown once on the queue it returns to. */
export interface QueueLocationState {
  completed?: string;
}

const panelId = 'task-queue-panel';

export function TaskQueuePage() {
  const { t } = useTranslation('tasks');
  const { me } = useSession();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const counts = useTaskCounts();
  // The all queue only for those who oversee, and only once the API has not said no (a director has no all count).
  const visible = allQueues.filter((q) => q !== 'all' || (oversees(me) && (counts.isPending || (counts.data?.all ?? null) !== null)));
  const requested = params.get('queue');
  const queue: Queue = isQueue(requested) && visible.includes(requested) ? requested : 'mine';
  const [filters, setFilters] = useState<TaskFilters>({});
  const list = useTaskList(queue, filters);
  const action = useTaskAction();
  const supervises = oversees(me);
  const staff = useQuery({ queryKey: queueKeys.staff, queryFn: ({ signal }) => listStaff(signal), enabled: supervises, staleTime: 300_000 });
  const names = useMemo(() => new Map((staff.data ?? []).map((s) => [s.id.toLowerCase(), s.displayName])), [staff.data]);
  const types = useQuery({ queryKey: queueKeys.types(queue), queryFn: ({ signal }) => listTaskTypes(queue, signal) });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  // A saved view re-creates the filters form with its values.
  const [viewKey, setViewKey] = useState(0);
  // Until the first answer there is no task to measure against, so the time the page opened will do.
  const [openedAt] = useState(() => Date.now());
  const now = new Date(list.dataUpdatedAt || openedAt);

  const tasks = useMemo(() => list.data?.pages.flatMap((p) => p.items) ?? [], [list.data]);
  const ids = useMemo(() => (list.data ? tasks.map((task) => task.id) : undefined), [list.data, tasks]);
  const fresh = useNewTaskAnnouncement(ids, list.data?.pages.length ?? 0, `${queue}|${JSON.stringify(filters)}`);

  const selectedTasks = tasks.filter((task) => selected.has(task.id));
  const selection = {
    selected,
    toggle: (id: string) =>
      setSelected((current) => {
        const next = new Set(current);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    setAll: (ids: string[]) => setSelected(new Set(ids)),
  };
  const applyView = (view: QueueView) => {
    const target = isQueue(view.queue) && visible.includes(view.queue) ? view.queue : queue;
    setFilters({ type: view.taskType ?? undefined, priority: (view.priority as TaskFilters['priority']) ?? undefined, assigneeId: view.assigneeId ?? undefined });
    setSelected(new Set());
    setViewKey((k) => k + 1);
    setParams(target === 'mine' ? {} : { queue: target }, { replace: true });
  };

  // Shown once: kept in this page's state and dropped from history, so a reload does not announce it again.
  const navigate = useNavigate();
  const [completed] = useState(() => (location.state as QueueLocationState | null)?.completed);
  useEffect(() => {
    if (location.state) navigate({ search: location.search }, { replace: true, state: null });
  }, [location.state, location.search, navigate]);

  return (
    <section className="page task-queue">
      <PageHeader title={t('queue.title')} />
      {completed && (
        <p role="status" className="notice-success">
          {t('queue.completed', { title: completed })}
        </p>
      )}
      <p role="status" aria-live="polite" className="task-live">
        {fresh > 0 ? t('queue.newTasks', { count: fresh }) : ''}
      </p>
      {counts.error && <ErrorMessage error={counts.error} />}
      <QueueTabs
        queues={visible}
        selected={queue}
        counts={counts.data}
        panelId={panelId}
        onSelect={(q) => {
          setSelected(new Set());
          setParams(q === 'mine' ? {} : { queue: q }, { replace: true });
        }}
      />
      <div role="tabpanel" id={panelId} aria-labelledby={tabId(queue)} tabIndex={0} className="task-panel">
        <Suspense fallback={null}>
          <SavedViews queue={queue} filters={filters} onApply={applyView} />
        </Suspense>
        <FoldingFilters label={t('filters.toggle')} active={Object.values(filters).filter((v) => v !== undefined).length}>
          <TaskFiltersForm
            key={viewKey}
            knownTypes={types.data ?? []}
            staff={supervises ? staff.data : undefined}
            initial={filters}
            onApply={(f) => {
              setSelected(new Set());
              setFilters(f);
            }}
          />
        </FoldingFilters>
        <Suspense fallback={null}>
          <BulkBar selected={selectedTasks} staff={supervises && hasRole(me, 'Coordinator', 'Admin') ? staff.data : undefined} onDone={() => setSelected(new Set())} />
        </Suspense>
        <p className="muted task-sort">{t('queue.sorted')}</p>
        {action.conflict && (
          <p role="alert" className="error">
            {t('actions.conflict')}
          </p>
        )}
        <ErrorMessage error={action.error} />
        {list.isPending ? (
          <Loading />
        ) : list.error ? (
          <ErrorMessage error={list.error} />
        ) : tasks.length === 0 ? (
          <p className="muted">{t(`queue.empty.${queue}`)}</p>
        ) : (
          <TaskTable
            tasks={tasks}
            now={now}
            onAction={action.run}
            pendingId={action.pendingId}
            caption={t(`queue.${queue}`)}
            names={supervises ? names : undefined}
            selection={selection}
          />
        )}
        {list.hasNextPage && (
          <p>
            <button type="button" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
              {list.isFetchingNextPage ? t('queue.loadingMore') : t('queue.loadMore')}
            </button>
          </p>
        )}
      </div>
    </section>
  );
}
