import { useTranslation } from 'react-i18next';
import { roleNames } from './roles';

export function RolePicker({ id, value, onChange, describedBy, extra = [] }: { id?: string; value: string; onChange: (v: string) => void; describedBy?: string; extra?: string[] }) {
  const { t } = useTranslation('designer');
  const { t: tc } = useTranslation();
  const known = (roleNames as readonly string[]).includes(value) || extra.includes(value) || value === '';
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={describedBy}>
      <option value="">{t('role.none')}</option>
      {roleNames.map((r) => (
        <option key={r} value={r}>{tc(`roles.${r}`)}</option>
      ))}
      {extra.map((x) => (
        <option key={x} value={x}>{t(`role.${x}`)}</option>
      ))}
      {!known && <option value={value}>{value}</option>}
    </select>
  );
}
