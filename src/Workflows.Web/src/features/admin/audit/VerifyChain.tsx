import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { anchorAudit, verifyAudit, type AuditVerification } from '../api';

/**
 * Re-checks every entry's seal and the link to the newest anchor kept outside the database: a broken link means a
 * row was changed or removed outside the app, an anchor mismatch that the end of the log was cut or rewritten.
 */
export function VerifyChain() {
  const { t, i18n } = useTranslation('admin');
  const verify = useMutation({ mutationFn: verifyAudit });
  const anchor = useMutation({ mutationFn: anchorAudit });
  const result = verify.data;
  const count = (n: number) => new Intl.NumberFormat(i18n.language).format(n);
  return (
    <div className="card stack">
      <div className="row">
        <button type="button" className="primary" onClick={() => verify.mutate()} disabled={verify.isPending}>
          {t('audit.verify')}
        </button>
        <button type="button" onClick={() => anchor.mutate()} disabled={anchor.isPending}>
          {t('audit.anchorNow')}
        </button>
        <span className="muted">{t('audit.verifyHelp')}</span>
      </div>
      <div role="status" aria-live="polite">
        {verify.isPending && <p className="loading">{t('audit.verifying')}</p>}
        {result && <VerificationResult result={result} count={count} />}
        {anchor.data && <p className="status-message">✓ {t('audit.anchorWritten', { id: anchor.data.rowId })}</p>}
      </div>
      <ErrorMessage error={verify.error ?? anchor.error} />
    </div>
  );
}

function VerificationResult({ result, count }: { result: AuditVerification; count: (n: number) => string }) {
  const { t } = useTranslation('admin');
  const chainOk = result.firstBrokenId == null;
  return (
    <>
      {chainOk ? (
        <p className={result.intact ? 'status-message' : 'status-message broken'}>
          {result.intact ? '✓' : '✕'} {t('audit.intact', { rows: count(result.rowsChecked) })}
        </p>
      ) : (
        <p className="status-message broken">✕ {t('audit.broken', { rows: count(result.rowsChecked), id: result.firstBrokenId })}</p>
      )}
      {result.anchorProblem ? (
        <p className="status-message broken">
          ✕ {t('audit.anchorProblem', { id: result.anchorRowId ?? '?', problem: t(`audit.anchorProblems.${result.anchorProblem}`, { defaultValue: result.anchorProblem }) })}
        </p>
      ) : result.anchorRowId == null ? (
        <p className="muted">{t('audit.noAnchor')}</p>
      ) : (
        chainOk && <p className="muted">{t('audit.anchorOk', { id: result.anchorRowId })}</p>
      )}
    </>
  );
}
