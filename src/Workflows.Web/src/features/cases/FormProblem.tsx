import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { ErrorMessage } from '../../ui/ErrorMessage';

/** Field errors stand next to their fields; this shows the rest: a refusal in the API's own words, or a failure. */
export function FormProblem({ error, fields }: { error: unknown; fields: string[] }) {
  const { t } = useTranslation('cases');
  if (!error) return null;
  if (error instanceof ApiError) {
    if (fields.some((f) => error.forField(f).length > 0)) {
      return (
        <p role="alert" className="error">
          {t('legalForms.fixFields')}
        </p>
      );
    }
    if (error.status === 403) {
      return (
        <p role="alert" className="error">
          {error.detail ?? t('legalForms.forbidden')}
        </p>
      );
    }
  }
  return <ErrorMessage error={error} />;
}
