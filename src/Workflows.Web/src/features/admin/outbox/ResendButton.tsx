import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { adminKeys, resendOutbox } from '../api';

/** Puts a dead or failing e-mail back in line; meant for after the cause (SMTP settings, a mailbox) is fixed. */
export function ResendButton({ id, onResent }: { id: string; onResent: () => void }) {
  const { t } = useTranslation('admin');
  const client = useQueryClient();
  const resend = useMutation({
    mutationFn: () => resendOutbox(id),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: [...adminKeys.all, 'outbox'] });
      onResent();
    },
  });
  const error = resend.error;
  return (
    <>
      <button type="button" onClick={() => resend.mutate()} disabled={resend.isPending}>
        {t('outbox.resend')}
      </button>
      {error instanceof ApiError && error.status === 404 ? (
        <p role="alert" className="error">
          {t('outbox.resendUnavailable')}
        </p>
      ) : (
        <ErrorMessage error={error} />
      )}
    </>
  );
}
