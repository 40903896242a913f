import { useTranslation } from 'react-i18next';
import { DateTime } from '../../ui/DateTime';
import type { Task } from './api';
import { FileAnswer } from './FileAnswer';
import { displayValue, kindOf } from './formFields';

/** A closed task: its outcome and the answers given, read-only, labelled as its form labelled them. */
export function CompletedTaskView({
  task,
}: {
  task: Pick<Task, 'status' | 'outcome' | 'data' | 'form' | 'completedAt'> & Partial<Pick<Task, 'outcomeLabels' | 'caseId'>>;
}) {
  const { t } = useTranslation('tasks');
  const data = task.data && typeof task.data === 'object' && !Array.isArray(task.data) ? (task.data as Record<string, unknown>) : {};
  const labels = new Map(task.form.map((f) => [f.name, f.label || f.name]));
  const names = [...new Set([...task.form.map((f) => f.name), ...Object.keys(data)])].filter((n) => n in data);
  const optionLabels = new Map(task.form.map((f) => [f.name, f.optionLabels ?? undefined]));
  const choice = (name: string, value: unknown) => (typeof value === 'string' ? optionLabels.get(name)?.[value] : undefined);
  const show = (value: unknown) => (value === true ? t('form.yes') : value === false ? t('form.no') : displayValue(value));
  const files = new Set(task.form.filter((f) => kindOf(f) === 'file').map((f) => f.name));
  const answer = (name: string, value: unknown) =>
    files.has(name) && typeof value === 'string' ? <FileAnswer caseId={task.caseId ?? null} documentId={value} /> : (choice(name, value) ?? show(value));
  return (
    <section aria-labelledby="task-result-title" className="card">
      <h2 id="task-result-title">{t(task.status === 'completed' ? 'result.completedTitle' : 'result.closedTitle')}</h2>
      <dl className="task-facts">
        {task.outcome && (
          <div className="task-fact">
            <dt>{t('result.outcome')}</dt>
            <dd>{task.outcomeLabels?.[task.outcome] ?? task.outcome}</dd>
          </div>
        )}
        {task.completedAt && (
          <div className="task-fact">
            <dt>{t('result.completedAt')}</dt>
            <dd>
              <DateTime value={task.completedAt} />
            </dd>
          </div>
        )}
        {names.map((name) => (
          <div key={name} className="task-fact">
            <dt>{labels.get(name) ?? name}</dt>
            <dd>{answer(name, data[name])}</dd>
          </div>
        ))}
      </dl>
      {names.length === 0 && <p className="muted">{t('result.noData')}</p>}
    </section>
  );
}
