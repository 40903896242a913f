import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { SelectField } from '../../ui/form/SelectField';
import { PageHeader } from '../../ui/PageHeader';
import { casesApi, casesKeys, type CreateCaseRequest } from './api';
import { ClientFieldset } from './ClientFieldset';
import { apiField, emptyClient, toClientIdentity, type ClientFields } from './clientForm';
import { usePhaseName, usePhases } from './usePhases';
import { defaultWorkflow, startApi, startKeys } from './workflowStart';
import './cases.css';

/** Opens a case; the client's identity is optional (anonymous contacts open cases too) and is sealed by the server. */
export function NewCasePage() {
  const { t } = useTranslation('cases');
  const phaseName = usePhaseName();
  const phases = usePhases();
  const navigate = useNavigate();
  const client = useQueryClient();
  const phaseId = useId();
  const [phase, setPhase] = useState('identification');
  const [withClient, setWithClient] = useState(false);
  const [fields, setFields] = useState<ClientFields>(emptyClient);
  const { t: tw } = useTranslation('casework');
  const workflowId = useId();
  const startable = useQuery({ queryKey: startKeys.startable, queryFn: ({ signal }) => startApi.startable(signal), staleTime: 60_000 });
  // The default (intake) until the user picks another or none ('').
  const [picked, setWorkflow] = useState<string | undefined>(undefined);
  const workflow = picked ?? (startable.data ? defaultWorkflow(startable.data) : '');

  const create = useMutation({
    mutationFn: (request: CreateCaseRequest) => casesApi.create(request),
    // The request holds the identity: the mutation cache must not keep it once the page is gone.
    gcTime: 0,
    onSuccess: async (created) => {
      // The case is open whatever happens next; a workflow that fails to start is offered again on the case page.
      let startFailed = false;
      if (workflow) {
        try {
          await startApi.start(workflow, created.id, {});
        } catch {
          startFailed = true;
        }
      }
      await client.invalidateQueries({ queryKey: casesKeys.all });
      navigate(`/cases/${created.id}`, { state: { startFailed } });
    },
  });
  const error = create.error instanceof ApiError ? create.error : null;
  const errorsFor = (name: string) => error?.forField(name) ?? [];
  const known = new Set(['phase', ...Object.values(apiField)].map((k) => k.toLowerCase()));
  const otherFieldErrors = error ? Object.keys(error.fieldErrors).filter((k) => !known.has(k.toLowerCase())) : [];
  const fieldProblem = !!error && error.status === 400 && Object.keys(error.fieldErrors).length > 0;

  function submit(e: FormEvent) {
    e.preventDefault();
    create.mutate({ phase, client: withClient ? toClientIdentity(fields) : null });
  }

  return (
    <section className="page">
      <PageHeader title={t('create.title')} />
      <form className="stack card client-form" onSubmit={submit} noValidate>
        <SelectField
          id={phaseId}
          label={t('create.phase')}
          value={phase}
          onChange={setPhase}
          options={(phases.data ?? ['identification']).map((p) => ({ value: p, label: phaseName(p) }))}
          errors={errorsFor('phase')}
        />
        <SelectField
          id={workflowId}
          label={tw('start.newCaseWorkflow')}
          hint={tw('start.newCaseHint')}
          value={workflow}
          onChange={setWorkflow}
          options={[
            ...(startable.data ?? []).map((d) => ({ value: d.definitionId, label: d.name })),
            { value: '', label: tw('start.newCaseNone') },
          ]}
        />
        <label className="row">
          <input type="checkbox" checked={withClient} onChange={(e) => setWithClient(e.target.checked)} />
          <span>{t('create.withClient')}</span>
        </label>
        {withClient ? (
          <ClientFieldset value={fields} onChange={setFields} errorsFor={(f) => errorsFor(apiField[f])} />
        ) : (
          <p className="muted">{t('create.anonymous')}</p>
        )}
        {fieldProblem ? (
          <div role="alert" className="error">
            <p>{t('create.fixFields')}</p>
            {otherFieldErrors.length > 0 && (
              <ul>
                {otherFieldErrors.map((k) => (
                  <li key={k}>{error?.fieldErrors[k].join(' ')}</li>
                ))}
              </ul>
            )}
          </div>
        ) : (
          <ErrorMessage error={create.error} />
        )}
        <div className="row">
          <button type="submit" className="primary" disabled={create.isPending}>
            {t('create.submit')}
          </button>
          <Link to="/cases">{t('create.cancel')}</Link>
        </div>
      </form>
    </section>
  );
}
