import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useSession } from '../../auth/SessionContext';
import { DateTime } from '../../ui/DateTime';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/Loading';
import { casesApi, casesKeys } from './api';
import { CaseNotShared } from './CaseNotShared';
import { ClientReveal } from './ClientReveal';
import { humanize } from './labels';
import { useDeadlineKindLabel } from '../../lib/deadlineKinds';
import { usePhaseName } from './usePhases';
import './print.css';

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A case summary to print from the browser (`/cases/{id}/print`): code, phase, team, open tasks and court dates, marked
 * confidential at the top and bottom of every page. The client's identity appears only if revealed in this view (the
 * same audited reveal as the case page); notes, the timeline and form answers are left out.
 */
export function CasePrintPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('caselist');
  const { i18n } = useTranslation();
  const { me } = useSession();
  const phaseName = usePhaseName();
  const deadlineKind = useDeadlineKindLabel();
  const valid = guid.test(id);
  const detail = useQuery({ queryKey: casesKeys.detail(id), queryFn: ({ signal }) => casesApi.detail(id, signal), enabled: valid });

  if (!valid || (detail.error instanceof ApiError && (detail.error.status === 404 || detail.error.status === 403))) return <CaseNotShared />;
  if (detail.error) return <ErrorMessage error={detail.error} />;
  if (detail.isPending) return <Loading />;
  const c = detail.data;
  const now = new Date();
  const printedAt = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Belgrade' }).format(now);

  return (
    <article className="page case-print" aria-labelledby="case-print-title">
      <p className="print-confidential" role="note">
        {t('print.confidential')}
      </p>
      <div className="print-actions row">
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('print.print')}
        </button>
        <Link to={`/cases/${c.id}`}>{t('print.back')}</Link>
      </div>
      <h1 id="case-print-title">
        {t('print.title')} {c.code}
      </h1>
      <dl className="print-facts">
        <dt>{t('print.phase')}</dt>
        <dd>{phaseName(c.phase)}</dd>
        <dt>{t('print.opened')}</dt>
        <dd>
          <DateTime value={c.openedAt} />
        </dd>
      </dl>

      <h2>{t('print.team')}</h2>
      <ul>
        {c.team.map((m) => (
          <li key={m.userId}>{m.displayName}</li>
        ))}
      </ul>

      <h2>{t('print.openTasks')}</h2>
      {c.openTasks.length === 0 ? (
        <p>{t('print.noTasks')}</p>
      ) : (
        <ul>
          {c.openTasks.map((task) => (
            <li key={task.id}>
              {task.title}
              {task.dueAt && (
                <>
                  {' '}
                  — {t('print.due')} <DateTime value={task.dueAt} />
                  {new Date(task.dueAt) <= now && <strong> ({t('print.overdue')})</strong>}
                </>
              )}
            </li>
          ))}
        </ul>
      )}

      <h2>{t('print.proceedings')}</h2>
      {c.proceedings.length === 0 ? (
        <p>{t('print.noProceedings')}</p>
      ) : (
        c.proceedings.map((p) => (
          <section key={p.id} className="print-proceeding">
            <h3>
              {p.court}
              {p.courtCaseNumber ? ` · ${p.courtCaseNumber}` : ''} · {humanize(p.kind)}
            </h3>
            {p.hearings.length > 0 && (
              <>
                <h4>{t('print.hearings')}</h4>
                <ul>
                  {p.hearings.map((h) => (
                    <li key={h.id}>
                      <DateTime value={h.startsAt} /> · {humanize(h.kind)} · {humanize(h.status)}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {p.deadlines.length > 0 && (
              <>
                <h4>{t('print.deadlines')}</h4>
                <ul>
                  {p.deadlines.map((d) => (
                    <li key={d.id}>
                      {d.dueOn} · {deadlineKind(d.kind)} · {humanize(d.status)}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
        ))
      )}

      <div className="print-identity">
        <ClientReveal key={c.id} caseId={c.id} code={c.code} />
      </div>

      <p className="muted">{t('print.printedBy', { name: me.displayName, date: printedAt })}</p>
      <p className="print-confidential print-confidential-end">{t('print.confidential')}</p>
    </article>
  );
}
