import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { taskKeys, type Task } from './api';
import { bulkTasks, type BulkAction, type BulkResult, type StaffMember } from './queueApi';

interface Props {
  selected: Task[];
  /** Staff to assign to; only for supervisors (the API refuses others). */
  staff?: StaffMember[];
  onDone: () => void;
}

/** A task as the results name it: its title, with the case code unless the title already carries it. */
function withCode(task: Task): string {
  return task.caseCode && !task.title.includes(task.caseCode) ? `${task.title} (${task.caseCode})` : task.title;
}

/** Claim, release or assign the selected tasks at once; the API answers per task and each answer is listed. */
export function BulkBar({ selected, staff, onDone }: Props) {
  const { t } = useTranslation('queues');
  const client = useQueryClient();
  const [assignee, setAssignee] = useState('');
  const [results, setResults] = useState<{ results: BulkResult[]; titles: Map<string, string> } | null>(null);
  const run = useMutation({
    onMutate: () => setResults(null),
    mutationFn: ({ action }: { action: BulkAction }) => bulkTasks(action, selected.map((task) => task.id), action === 'assign' ? assignee : undefined),
    onSuccess: (answer) => {
      setResults({ results: answer, titles: new Map(selected.map((task) => [task.id, withCode(task)])) });
      onDone();
    },
    onSettled: () => client.invalidateQueries({ queryKey: taskKeys.all }),
  });

  const done = results?.results.filter((r) => r.outcome === 'done').length ?? 0;
  return (
    <div className="bulk">
      {selected.length > 0 && (
        <div className="bulk-bar row" role="group" aria-label={t('bulk.label')}>
          <span className="bulk-count">{t('bulk.selected', { count: selected.length })}</span>
          <button type="button" disabled={run.isPending} onClick={() => run.mutate({ action: 'claim' })}>
            {t('bulk.claim')}
          </button>
          <button type="button" disabled={run.isPending} onClick={() => run.mutate({ action: 'release' })}>
            {t('bulk.release')}
          </button>
          {staff && (
            <>
              <label className="bulk-assign">
                <span>{t('bulk.assignTo')}</span>
                <select value={assignee} onChange={(e) => setAssignee(e.target.value)}>
                  <option value="">{t('bulk.choose')}</option>
                  {staff.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.displayName}
                    </option>
                  ))}
                </select>
              </label>
              <button type="button" disabled={run.isPending || !assignee} onClick={() => run.mutate({ action: 'assign' })}>
                {t('bulk.assign')}
              </button>
            </>
          )}
        </div>
      )}
      <ErrorMessage error={run.error} />
      {results && (
        <div role="status" className="bulk-results">
          <p>{t('bulk.summary', { done, count: results.results.length })}</p>
          <ul>
            {results.results.map((r) => (
              <li key={r.taskId} data-outcome={r.outcome} className={r.outcome === 'done' ? 'ok' : 'error'}>
                {results.titles.get(r.taskId) ?? r.taskId}: {t(`bulk.outcome.${r.outcome}`, { defaultValue: r.outcome })}
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => setResults(null)}>
            {t('bulk.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
