import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { http, unwrap } from '../../api/http';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/Loading';

type Kind = 'hearing' | 'deadline';

async function caseOf(kind: Kind, id: string, signal: AbortSignal): Promise<string | null> {
  try {
    if (kind === 'hearing') return (await unwrap(http.GET('/api/hearings/{id}', { params: { path: { id } }, signal }))).caseId;
    return (await unwrap(http.GET('/api/deadlines/{id}', { params: { path: { id } }, signal }))).caseId;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

/**
 * Where the link of a hearing alert or a deadline escalation e-mail (`/hearings/{id}`, `/deadlines/{id}`) lands: the
 * case page, whose court proceedings section shows the hearing or deadline with its actions.
 */
export function LegalLinkPage({ kind }: { kind: Kind }) {
  const { t } = useTranslation('notifications');
  const { id = '' } = useParams();
  const target = useQuery({ queryKey: ['notice-link', kind, id], queryFn: ({ signal }) => caseOf(kind, id, signal), retry: false });

  if (target.isPending) {
    return (
      <section className="page">
        <Loading />
      </section>
    );
  }
  if (target.data) return <Navigate to={`/cases/${target.data}#case-proceedings`} replace />;
  return (
    <section className="page">
      <h1>{t(kind === 'hearing' ? 'kind.hearing-alert' : 'kind.deadline-escalation')}</h1>
      {target.error ? <ErrorMessage error={target.error} /> : <p>{t(kind === 'hearing' ? 'link.hearingGone' : 'link.deadlineGone')}</p>}
      <p>
        <Link to="/legal">{t('link.toLegal')}</Link>
      </p>
    </section>
  );
}
