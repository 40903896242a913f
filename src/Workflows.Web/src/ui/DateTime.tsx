import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../i18n/format';

/** An instant as Belgrade local time, with the machine-readable value for assistive tools. */
export function DateTime({ value, dateOnly = false }: { value: string | null | undefined; dateOnly?: boolean }) {
  const { i18n } = useTranslation();
  if (!value) return null;
  return <time dateTime={value}>{dateOnly ? formatDate(value, i18n.language) : formatDateTime(value, i18n.language)}</time>;
}
