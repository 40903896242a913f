import { useTranslation } from 'react-i18next';
import { allRoles, toggleRole } from '../roles';

export function RoleCheckboxes({ value, onChange, idPrefix }: { value: string[]; onChange: (roles: string[]) => void; idPrefix: string }) {
  const { t } = useTranslation();
  return (
    <div className="checkbox-list">
      {allRoles.map((role) => (
        <label key={role} htmlFor={`${idPrefix}-${role}`}>
          <input
            id={`${idPrefix}-${role}`}
            type="checkbox"
            checked={value.includes(role)}
            onChange={(e) => onChange(toggleRole(value, role, e.target.checked))}
          />
          {t(`roles.${role}`)}
        </label>
      ))}
    </div>
  );
}
