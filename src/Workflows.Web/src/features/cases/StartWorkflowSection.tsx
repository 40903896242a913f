import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { SelectField } from '../../ui/form/SelectField';
import { casesKeys } from './api';
import { WorkflowInputFields } from './WorkflowInputFields';
import { defaultWorkflow, startApi, startKeys, toStartInput, type InputProblems, type InputValues } from './workflowStart';

/** "Start workflow" on the case page: the published workflows the user's roles may start, each with its declared inputs. */
export function StartWorkflowSection({ caseId }: { caseId: string }) {
  const { t } = useTranslation('casework');
  const client = useQueryClient();
  // Set by the new-case page when the case opened but its first workflow did not start.
  const startFailed = (useLocation().state as { startFailed?: boolean } | null)?.startFailed === true;
  const startable = useQuery({ queryKey: startKeys.startable, queryFn: ({ signal }) => startApi.startable(signal), staleTime: 60_000 });
  const [picked, setDefinitionId] = useState<string | undefined>(undefined);
  const [values, setValues] = useState<InputValues>({});
  const [problems, setProblems] = useState<InputProblems>({});
  const [started, setStarted] = useState<string | null>(null);
  const definitions = startable.data ?? [];
  const definitionId = picked ?? (defaultWorkflow(definitions) || (definitions[0]?.definitionId ?? ''));
  const chosen = definitions.find((d) => d.definitionId === definitionId);

  const start = useMutation({
    mutationFn: (input: Record<string, unknown>) => startApi.start(definitionId, caseId, input),
    onSuccess: async () => {
      setStarted(chosen?.name ?? definitionId);
      setValues({});
      await client.invalidateQueries({ queryKey: casesKeys.detail(caseId) });
    },
  });
  const error = start.error instanceof ApiError ? start.error : null;

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!chosen) return;
    const { input, problems: found } = toStartInput(chosen.inputs, values);
    setProblems(found);
    setStarted(null);
    if (Object.keys(found).length === 0) start.mutate(input);
  }

  return (
    <section className="card" aria-labelledby="case-start-workflow">
      <h2 id="case-start-workflow">{t('start.title')}</h2>
      {startable.isSuccess && definitions.length === 0 ? (
        <p className="muted">{t('start.noneAvailable')}</p>
      ) : (
        <form className="stack" onSubmit={submit} noValidate>
          <p className="muted">{t('start.intro')}</p>
          {startFailed && !started && (
            <p role="alert" className="error">
              {t('start.startFailed')}
            </p>
          )}
          <SelectField
            label={t('start.workflow')}
            value={definitionId}
            onChange={(v) => {
              setDefinitionId(v);
              setValues({});
              setProblems({});
            }}
            options={definitions.map((d) => ({ value: d.definitionId, label: d.name }))}
            errors={error?.forField('definitionId') ?? []}
          />
          {chosen?.description && <p className="muted">{chosen.description}</p>}
          {chosen && (
            <WorkflowInputFields inputs={chosen.inputs} values={values} onChange={setValues} problems={problems} errorsFor={(n) => error?.forField(n) ?? []} />
          )}
          <div className="row">
            <button type="submit" className="primary" disabled={!chosen || start.isPending}>
              {start.isPending ? t('start.starting') : t('start.submit')}
            </button>
          </div>
          {started && <p role="status">{t('start.started', { name: started })}</p>}
          {!(error?.status === 400 && Object.keys(error.fieldErrors).length > 0) && <ErrorMessage error={start.error} />}
        </form>
      )}
      <ErrorMessage error={startable.error} />
    </section>
  );
}
