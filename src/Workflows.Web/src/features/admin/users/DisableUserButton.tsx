import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { adminKeys, setUserDisabled, type UserView } from '../api';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';

/** Disabling ends the person's sign-ins at once, so it asks first; an admin cannot lock themselves out here. */
export function DisableUserButton({ user, isMe, onChanged }: { user: UserView; isMe: boolean; onChanged: (message: string) => void }) {
  const { t } = useTranslation('admin');
  const client = useQueryClient();
  const [asking, setAsking] = useState(false);
  const disable = !user.disabled;
  const change = useMutation({
    mutationFn: () => setUserDisabled(user.id, disable),
    onSuccess: (updated) => {
      setAsking(false);
      void client.invalidateQueries({ queryKey: adminKeys.users() });
      onChanged(t(updated.disabled ? 'users.disable.done' : 'users.enable.done', { name: updated.displayName }));
    },
  });
  const verb = disable ? 'disable' : 'enable';
  return (
    <>
      <button
        type="button"
        className={disable ? 'danger' : undefined}
        disabled={isMe && disable}
        title={isMe && disable ? t('users.disable.notSelf') : undefined}
        onClick={() => {
          change.reset();
          setAsking(true);
        }}
      >
        {t(`users.${verb}.button`)}
        <span className="visually-hidden"> — {user.displayName}</span>
      </button>
      {asking && (
        <ConfirmDialog
          title={t(`users.${verb}.title`, { name: user.displayName })}
          confirmLabel={t(`users.${verb}.confirm`)}
          danger={disable}
          busy={change.isPending}
          onConfirm={() => change.mutate()}
          onCancel={() => setAsking(false)}
        >
          <p>{t(`users.${verb}.text`, { name: user.displayName, email: user.email })}</p>
          <ErrorMessage error={change.error} />
        </ConfirmDialog>
      )}
    </>
  );
}
