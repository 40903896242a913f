import { useTranslation } from 'react-i18next';
import { useUsers } from '../api';

/** A list of the active staff; if the list cannot be read, the user id is typed. */
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
      {users.data.map((u) => (
        <option key={u.id} value={u.id}>{u.displayName} ({u.roles.join(', ')})</option>
      ))}
      {value && !users.data.some((u) => u.id === value) && <option value={value}>{value}</option>}
    </select>
  );
}
