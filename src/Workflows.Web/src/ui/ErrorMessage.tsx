import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

/** Any failed request, in words: 403/404 are explained, validation errors listed by field. */
export function ErrorMessage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  if (error instanceof ApiError) {
    if (error.status === 404) return <p role="alert" className="error">{t('errors.notFound')}</p>;
    if (error.status === 403) return <p role="alert" className="error">{t('errors.forbidden')}</p>;
    const fields = Object.entries(error.fieldErrors);
    return (
      <div role="alert" className="error">
        <p>{error.detail ?? error.title}</p>
        {fields.length > 0 && (
          <ul>
            {fields.map(([field, messages]) => (
              <li key={field}>
                <strong>{field}</strong>: {messages.join(' ')}
              </li>
            ))}
          </ul>
        )}
      </div>
    );
  }
  return <p role="alert" className="error">{error instanceof Error ? error.message : t('errors.unknown')}</p>;
}
