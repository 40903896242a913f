import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../auth/SessionContext';
import { hasRole } from '../../../auth/types';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { cancelInstance, instanceKeys, retryInstance } from './api';

const finished = new Set(['Completed', 'Cancelled']);

/** Retry (faulted only) and Cancel (asks first); coordinators and admins only, as the API allows. */
export function InstanceActions({ instanceId, status }: { instanceId: string; status: string }) {
  const { t } = useTranslation('viewer');
  const { me } = useSession();
  const client = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const refresh = () => client.invalidateQueries({ queryKey: instanceKeys.one(instanceId) });
  const retry = useMutation({ mutationFn: () => retryInstance(instanceId), onSettled: refresh });
  const cancel = useMutation({
    mutationFn: () => cancelInstance(instanceId),
    onSettled: () => {
      setConfirming(false);
      return refresh();
    },
  });

  const allowed = hasRole(me, 'Coordinator', 'Admin');
  if (!allowed || finished.has(status)) return null;
  return (
    <div className="stack">
      <div className="row">
        {status === 'Faulted' && (
          <button type="button" className="primary" onClick={() => retry.mutate()} disabled={retry.isPending}>
            ↻ {t('instance.retry')}
          </button>
        )}
        {!confirming && (
          <button type="button" className="danger" onClick={() => setConfirming(true)}>
            ✕ {t('instance.cancel')}
          </button>
        )}
      </div>
      {confirming && (
        <div className="card stack" role="alertdialog" aria-labelledby="cancel-confirm-title" aria-describedby="cancel-confirm-text">
          <h2 id="cancel-confirm-title">{t('instance.cancelTitle')}</h2>
          <p id="cancel-confirm-text">{t('instance.cancelText')}</p>
          <div className="row">
            <button type="button" className="danger" onClick={() => cancel.mutate()} disabled={cancel.isPending} autoFocus>
              {t('instance.cancelConfirm')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('instance.cancelKeep')}
            </button>
          </div>
        </div>
      )}
      <ErrorMessage error={retry.error ?? cancel.error} />
    </div>
  );
}
