import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../ui/Badge';
import { DateTime } from '../../ui/DateTime';
import type { CaseProceeding, CaseTeamMember } from './api';
import { Disclosure } from './Disclosure';
import { humanize } from './labels';
import { useDeadlineKindLabel } from '../../lib/deadlineKinds';
import { ProceedingActions } from './ProceedingActions';
import { RegisterProceedingForm } from './RegisterProceedingForm';
import './legalForms.css';

export function ProceedingsSection({ caseId, team, proceedings }: { caseId: string; team: CaseTeamMember[]; proceedings: CaseProceeding[] }) {
  const { t } = useTranslation('cases');
  const [registered, setRegistered] = useState('');
  const word = (group: string, key: string) => t(`legal.${group}.${key}`, { defaultValue: humanize(key) });
  const deadlineKind = useDeadlineKindLabel();
  return (
    <section className="card case-section-wide" aria-labelledby="case-proceedings">
      <h2 id="case-proceedings">{t('legal.title')}</h2>
      {/* Keyed by case: another case's half-filled form does not carry over. */}
      <Disclosure key={caseId} label={t('legalForms.proceeding.open')}>
        {(close) => (
          <RegisterProceedingForm
            caseId={caseId}
            team={team}
            onSaved={(p) => {
              setRegistered(t('legalForms.proceeding.saved', { court: p.court }));
              close();
            }}
          />
        )}
      </Disclosure>
      <p role="status" className="legal-saved">
        {registered}
      </p>
      {proceedings.length === 0 && <p className="muted">{t('legal.none')}</p>}
      {proceedings.map((p) => (
        <article key={p.id} className="proceeding" aria-label={`${p.court} ${p.courtCaseNumber ?? ''}`.trim()}>
          <h3>
            {p.court}
            {p.courtCaseNumber && <span className="muted"> · {p.courtCaseNumber}</span>}
          </h3>
          <p className="row">
            <span>{word('kinds', p.kind)}</span>
            <Badge>{word('statuses', p.status)}</Badge>
          </p>
          <table className="stack-table">
            <caption className="visually-hidden">{t('legal.hearingsOf', { court: p.court })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('legal.hearing')}</th>
                <th scope="col">{t('legal.when')}</th>
                <th scope="col">{t('legal.room')}</th>
                <th scope="col">{t('legal.status')}</th>
              </tr>
            </thead>
            <tbody>
              {p.hearings.length === 0 && (
                <tr>
                  <td colSpan={4} className="muted">
                    {t('legal.noHearings')}
                  </td>
                </tr>
              )}
              {p.hearings.map((h) => (
                <tr key={h.id}>
                  <td className="stack-title">{word('hearingKinds', h.kind)}</td>
                  <td data-label={t('legal.when')}>
                    <DateTime value={h.startsAt} />
                  </td>
                  <td data-label={t('legal.room')}>{h.room ?? '—'}</td>
                  <td data-label={t('legal.status')}>
                    <Badge tone={h.status === 'cancelled' ? 'neutral' : 'info'}>{word('statuses', h.status)}</Badge>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <table className="stack-table">
            <caption className="visually-hidden">{t('legal.deadlinesOf', { court: p.court })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('legal.deadline')}</th>
                <th scope="col">{t('legal.lastDay')}</th>
                <th scope="col">{t('legal.type')}</th>
                <th scope="col">{t('legal.status')}</th>
              </tr>
            </thead>
            <tbody>
              {p.deadlines.length === 0 && (
                <tr>
                  <td colSpan={4} className="muted">
                    {t('legal.noDeadlines')}
                  </td>
                </tr>
              )}
              {p.deadlines.map((d) => (
                <tr key={d.id}>
                  <td className="stack-title">{deadlineKind(d.kind)}</td>
                  <td data-label={t('legal.lastDay')}>
                    {/* A calendar day: noon UTC is the same day in Belgrade. */}
                    <DateTime value={`${d.dueOn}T12:00:00Z`} dateOnly />
                  </td>
                  <td data-label={t('legal.type')}>{d.hard ? <Badge tone="danger">⚠ {t('legal.hard')}</Badge> : <span>{t('legal.soft')}</span>}</td>
                  <td data-label={t('legal.status')}>{word('statuses', d.status)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <ProceedingActions caseId={caseId} proceedingId={p.id} court={p.court} />
        </article>
      ))}
    </section>
  );
}
