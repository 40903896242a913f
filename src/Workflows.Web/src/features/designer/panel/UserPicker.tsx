import { useTranslation } from 'react-i18next';
import { useUsers } from '../api';

/** A list of users for admins; others (the API refuses them the list) type the user id. */
export function UserPicker({ id, value, onChange, describedBy }: { id: string; value: string; onChange: (v: string) => void; describedBy?: string }) {
  const { t } = useTranslation('designer');
  const users = useUsers();
  if (!users.data) {
    return (
      <>
        <input id={id} className="mono" value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={`${id}-hint ${describedBy ?? ''}`} />
        <small id={`${id}-hint`}>{t('user.freeText')}</small>
      </>
    );
  }
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={describedBy}>
      <option value="">{t('user.none')}</option>
      {users.data.filter((u) => !u.disabled).map((u) => (
        <option key={u.id} value={u.id}>{u.displayName} ({u.email})</option>
      ))}
      {value && !users.data.some((u) => u.id === value) && <option value={value}>{value}</option>}
    </select>
  );
}
