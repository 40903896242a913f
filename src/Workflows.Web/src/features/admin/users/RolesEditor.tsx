import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { adminKeys, setUserRoles, type UserView } from '../api';
import { hasChanges, roleDiff } from '../roles';
import { RoleCheckboxes } from './RoleCheckboxes';

/** Role changes end the person's current sign-ins (the API renews their security stamp), so the change is spelled out. */
export function RolesEditor({ user, isMe, onDone }: { user: UserView; isMe: boolean; onDone: () => void }) {
  const { t } = useTranslation('admin');
  const { t: tc } = useTranslation();
  const client = useQueryClient();
  const [roles, setRoles] = useState<string[]>(user.roles);
  const diff = roleDiff(user.roles, roles);
  const save = useMutation({
    mutationFn: () => setUserRoles(user.id, roles),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: adminKeys.users() });
      onDone();
    },
  });
  const names = (list: string[]) => list.map((r) => tc(`roles.${r}`)).join(', ');
  return (
    <form
      className="stack"
      aria-label={t('users.roles.editLabel', { name: user.displayName })}
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <fieldset>
        <legend>{t('users.roles.legend', { name: user.displayName })}</legend>
        <RoleCheckboxes value={roles} onChange={setRoles} idPrefix={`roles-${user.id}`} />
      </fieldset>
      <div aria-live="polite">
        {hasChanges(diff) ? (
          <p className="role-diff">
            {diff.added.length > 0 && <span>{t('users.roles.adds', { roles: names(diff.added) })} </span>}
            {diff.removed.length > 0 && <span>{t('users.roles.removes', { roles: names(diff.removed) })} </span>}
            <span className="muted">{t('users.roles.signOutNote')}</span>
          </p>
        ) : (
          <p className="role-diff muted">{t('users.roles.noChange')}</p>
        )}
        {isMe && diff.removed.includes('Admin') && <p className="error">{t('users.roles.removingOwnAdmin')}</p>}
      </div>
      <ErrorMessage error={save.error} />
      <div className="row">
        <button type="submit" className="primary" disabled={!hasChanges(diff) || save.isPending}>
          {t('users.roles.save')}
        </button>
        <button type="button" onClick={onDone}>
          {tc('cancel')}
        </button>
      </div>
    </form>
  );
}
