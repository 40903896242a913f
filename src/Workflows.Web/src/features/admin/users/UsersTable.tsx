import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../auth/SessionContext';
import { Badge } from '../../../ui/Badge';
import type { UserView } from '../api';
import { DisableUserButton } from './DisableUserButton';
import { RolesEditor } from './RolesEditor';

export function UsersTable({ users, onChanged }: { users: UserView[]; onChanged: (message: string) => void }) {
  const { t } = useTranslation('admin');
  const { t: tc } = useTranslation();
  const { me } = useSession();
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{t('users.listTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('users.fields.displayName')}</th>
            <th scope="col">{t('users.fields.email')}</th>
            <th scope="col">{t('users.fields.roles')}</th>
            <th scope="col">{t('users.fields.status')}</th>
            <th scope="col">{t('users.fields.twoFactor')}</th>
            <th scope="col">{t('users.fields.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <Fragment key={u.id}>
              <tr data-user={u.email}>
                <th scope="row">{u.displayName}</th>
                <td>{u.email}</td>
                <td>{u.roles.length ? u.roles.map((r) => tc(`roles.${r}`)).join(', ') : <span className="muted">{t('users.noRoles')}</span>}</td>
                <td>{u.disabled ? <Badge tone="danger">✕ {t('users.status.disabled')}</Badge> : <Badge tone="success">✓ {t('users.status.active')}</Badge>}</td>
                <td>{u.twoFactorEnabled ? t('users.twoFactor.on') : t('users.twoFactor.off')}</td>
                <td className="actions">
                  <button
                    type="button"
                    aria-expanded={editing === u.id}
                    aria-controls={`roles-editor-${u.id}`}
                    onClick={() => setEditing(editing === u.id ? null : u.id)}
                  >
                    {t('users.roles.edit')}
                    <span className="visually-hidden"> — {u.displayName}</span>
                  </button>
                  <DisableUserButton user={u} isMe={u.id === me.id} onChanged={onChanged} />
                </td>
              </tr>
              {editing === u.id && (
                <tr id={`roles-editor-${u.id}`}>
                  <td colSpan={6}>
                    <RolesEditor
                      user={u}
                      isMe={u.id === me.id}
                      onDone={() => {
                        setEditing(null);
                      }}
                    />
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
