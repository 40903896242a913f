import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { casesApi, casesKeys, type ClientIdentity } from './api';
import { ClientFieldset } from './ClientFieldset';
import { correctedIdentity, emptyClient, fromClientIdentity, recordApiField } from './clientForm';

/**
 * Records the identity of a case opened without one, or corrects a revealed one. The identity lives only in this form's
 * state and the request; the mutation cache does not keep it.
 */
export function RecordClientForm({
  caseId,
  original,
  onDone,
  onCancel,
}: {
  caseId: string;
  original: ClientIdentity | null;
  onDone: (change: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('casework');
  const client = useQueryClient();
  const [fields, setFields] = useState(() => (original ? fromClientIdentity(original) : emptyClient));
  const save = useMutation({
    mutationFn: (identity: ClientIdentity) => casesApi.recordClient(caseId, identity),
    gcTime: 0,
    onSuccess: async (answer) => {
      await client.invalidateQueries({ queryKey: casesKeys.clientStatus(caseId) });
      onDone(answer.change);
    },
  });
  const error = save.error instanceof ApiError ? save.error : null;

  function submit(e: FormEvent) {
    e.preventDefault();
    save.mutate(correctedIdentity(fields, original));
  }

  return (
    <form className="stack client-form" onSubmit={submit} noValidate aria-label={t('identity.formTitle')}>
      <ClientFieldset value={fields} onChange={setFields} errorsFor={(f) => error?.forField(recordApiField(f)) ?? []} />
      {!(error?.status === 400 && Object.keys(error.fieldErrors).length > 0) && <ErrorMessage error={save.error} />}
      <div className="row">
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? t('identity.saving') : t('identity.save')}
        </button>
        <button type="button" onClick={onCancel} disabled={save.isPending}>
          {t('identity.cancel')}
        </button>
      </div>
    </form>
  );
}
