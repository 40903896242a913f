import { useTranslation } from 'react-i18next';
import { DateTime } from '../../ui/DateTime';
import { formatRelative } from '../../i18n/format';

/** "in 3 hours", with the Belgrade date and time beneath. */
export function DueTime({ value, now }: { value: string | null | undefined; now: Date }) {
  const { t, i18n } = useTranslation('tasks');
  if (!value) return <span className="muted">{t('due.none')}</span>;
  return (
    <span className="due-time">
      <span>{formatRelative(value, i18n.language, now)}</span>
      <small className="muted">
        <DateTime value={value} />
      </small>
    </span>
  );
}
