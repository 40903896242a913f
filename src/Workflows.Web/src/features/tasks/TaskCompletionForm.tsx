import { useRef, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { completeTask, taskKeys, type Task } from './api';
import { FormFieldInput, fieldId } from './FormFieldInput';
import { initialValues, toData, validateForm, type FieldProblem, type FormValues } from './formFields';

interface Props {
  /** The latest copy of the task: its revision changes on claim and release, its form does not. */
  task: Pick<Task, 'id' | 'revision' | 'form' | 'outcomes'> & Partial<Pick<Task, 'outcomeLabels' | 'caseId'>>;
  onCompleted: (task: Task) => void;
}

function newIdempotencyKey(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/**
 * The task's form and its outcomes. Input lives in this component's state, never in the query cache, so a refetch
 * (after signing in again, or a claim) leaves what was typed alone. One idempotency key per visit: a double click or
 * a retry after an expired session completes the task once.
 */
export function TaskCompletionForm({ task, onCompleted }: Props) {
  const { t } = useTranslation('tasks');
  const client = useQueryClient();
  const [values, setValues] = useState<FormValues>(() => initialValues(task.form));
  const [problems, setProblems] = useState<Record<string, FieldProblem>>({});
  const [idempotencyKey] = useState(newIdempotencyKey);
  // Fields edited since the server's answer: its message about the old value no longer applies.
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());
  const outcome = useRef<string | null>(null);

  const complete = useMutation({
    mutationFn: (chosen: string) => completeTask(task.id, { outcome: chosen, data: toData(task.form, values), revision: task.revision, idempotencyKey }),
    onSuccess: (done) => {
      client.setQueryData(taskKeys.detail(done.id), done);
      void client.invalidateQueries({ queryKey: taskKeys.all });
      onCompleted(done);
    },
    onError: (error) => {
      // Someone else moved the task: fetch its new revision and state; what was typed stays.
      if (error instanceof ApiError && error.status === 409) void client.invalidateQueries({ queryKey: taskKeys.detail(task.id) });
    },
  });

  const serverError = complete.error instanceof ApiError ? complete.error : null;
  const fieldNames = new Set(task.form.map((f) => f.name));
  const serverFieldErrors = (name: string) => (edited.has(name) ? [] : (serverError?.forField(`data.${name}`) ?? []));
  // Problems that name no field of the form (outcome, revision, the data as a whole) go to the top.
  const generalErrors = serverError
    ? Object.entries(serverError.fieldErrors)
        .filter(([key]) => !(key.toLowerCase().startsWith('data.') && fieldNames.has(key.slice(5))))
        .flatMap(([, messages]) => messages)
    : [];

  function submit(event: FormEvent) {
    event.preventDefault();
    const chosen = outcome.current;
    if (!chosen || complete.isPending) return;
    const found = validateForm(task.form, values);
    setProblems(found);
    const first = task.form.find((f) => found[f.name]);
    if (first) {
      document.getElementById(fieldId(first.name))?.focus();
      return;
    }
    complete.reset();
    setEdited(new Set());
    complete.mutate(chosen);
  }

  function change(name: string, value: string | boolean) {
    setValues((v) => ({ ...v, [name]: value }));
    setEdited((e) => new Set(e).add(name));
    // A corrected field loses its old message; the others keep theirs until the next try.
    setProblems(({ [name]: _removed, ...rest }) => rest);
  }

  const topMessage =
    serverError?.status === 409 ? t('complete.conflict')
    : serverError?.status === 401 ? t('complete.signInAgain')
    : serverError?.status === 403 ? t('complete.forbidden')
    : serverError && Object.keys(serverError.fieldErrors).length === 0 ? (serverError.detail ?? serverError.title)
    : complete.error && !serverError ? t('complete.failed')
    : null;

  return (
    <form className="stack task-form" onSubmit={submit} noValidate aria-labelledby="task-form-title">
      <h2 id="task-form-title">{t('complete.title')}</h2>
      {(topMessage || generalErrors.length > 0) && (
        <div role="alert" className="error">
          {topMessage && <p>{topMessage}</p>}
          {generalErrors.length > 0 && (
            <ul>
              {generalErrors.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {Object.keys(problems).length > 0 && (
        <p role="alert" className="error">
          {t('form.fixFields', { count: Object.keys(problems).length })}
        </p>
      )}
      {task.form.length === 0 && <p className="muted">{t('complete.noForm')}</p>}
      {task.form.map((field) => {
        const problem = problems[field.name];
        const errors = [...(problem ? [t(problem.key, problem.values)] : []), ...serverFieldErrors(field.name)];
        return (
          <FormFieldInput
            key={field.name}
            field={field}
            value={values[field.name]}
            errors={errors}
            disabled={complete.isPending}
            task={{ id: task.id, caseId: task.caseId ?? null }}
            onChange={(value) => change(field.name, value)}
          />
        );
      })}
      <div className="row task-outcomes" role="group" aria-label={t('complete.outcomes')}>
        {task.outcomes.map((o) => (
          <button key={o} type="submit" className="primary" disabled={complete.isPending} onClick={() => (outcome.current = o)}>
            {task.outcomeLabels?.[o] ?? o}
          </button>
        ))}
        {complete.isPending && (
          <span role="status" className="muted">
            {t('complete.sending')}
          </span>
        )}
      </div>
    </form>
  );
}
