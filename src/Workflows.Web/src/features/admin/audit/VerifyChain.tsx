import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { verifyAudit } from '../api';

/** Recomputes the hash chain over the whole log: a broken link means a row was changed or removed outside the app. */
export function VerifyChain() {
  const { t, i18n } = useTranslation('admin');
  const verify = useMutation({ mutationFn: verifyAudit });
  const result = verify.data;
  const count = (n: number) => new Intl.NumberFormat(i18n.language).format(n);
  return (
    <div className="card stack">
      <div className="row">
        <button type="button" className="primary" onClick={() => verify.mutate()} disabled={verify.isPending}>
          {t('audit.verify')}
        </button>
        <span className="muted">{t('audit.verifyHelp')}</span>
      </div>
      <div role="status" aria-live="polite">
        {verify.isPending && <p className="loading">{t('audit.verifying')}</p>}
        {result &&
          (result.intact ? (
            <p className="status-message">✓ {t('audit.intact', { rows: count(result.rowsChecked) })}</p>
          ) : (
            <p className="status-message broken">
              ✕ {t('audit.broken', { rows: count(result.rowsChecked), id: result.firstBrokenId ?? '?' })}
            </p>
          ))}
      </div>
      <ErrorMessage error={verify.error} />
    </div>
  );
}
