import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/SessionContext';
import type { CaseSectionProps } from '../../lib/caseSections';
import { Badge, type Tone } from '../../ui/Badge';
import { DateTime } from '../../ui/DateTime';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/Loading';
import { referralKeys, referralsApi, type Referral } from './api';
import { useServiceTypes } from './hooks';
import { IncomingForm } from './IncomingForm';
import { ReferForm } from './ReferForm';
import { ReferralActions } from './ReferralActions';
import { serviceLabel } from './requests';
import { mayRefer } from './roles';
import './referrals.css';

const tones: Record<string, Tone> = {
  sent: 'info',
  accepted: 'success',
  declined: 'danger',
  expired: 'warning',
  withdrawn: 'neutral',
  completed: 'success',
  received: 'info',
  notSent: 'danger',
};

/** The case's referrals (out and in) with status, partner, services and deadline; refer, answer, withdraw, complete. */
export function ReferralsSection({ caseId }: CaseSectionProps) {
  const { t } = useTranslation('referrals');
  const { me } = useSession();
  const [status, setStatus] = useState('');
  const [formKey, setFormKey] = useState(0);
  const list = useQuery({ queryKey: referralKeys.ofCase(caseId), queryFn: ({ signal }) => referralsApi.ofCase(caseId, signal) });
  const writer = mayRefer(me);
  return (
    <section className="card case-section-wide referrals-section" aria-labelledby="case-referrals">
      <h2 id="case-referrals">{t('section.title')}</h2>
      {writer && (
        // Keyed by case and by each sent referral: a fresh, closed form for the next one.
        <details key={`${caseId}-${formKey}`} className="referrals-disclosure">
          <summary>{t('refer.open')}</summary>
          <ReferForm
            caseId={caseId}
            onSent={(r) => {
              setStatus(t('refer.sent', { partner: r.partnerName ?? '' }));
              setFormKey((k) => k + 1);
            }}
          />
        </details>
      )}
      {writer && (
        <details key={`${caseId}-in-${formKey}`} className="referrals-disclosure">
          <summary>{t('incoming.open')}</summary>
          <IncomingForm
            caseId={caseId}
            onSaved={(r) => {
              setStatus(t('incoming.saved', { partner: r.partnerName ?? '' }));
              setFormKey((k) => k + 1);
            }}
          />
        </details>
      )}
      <p role="status" className="referrals-status">
        {status}
      </p>
      <ErrorMessage error={list.error} />
      {list.isPending && <Loading />}
      {list.data?.length === 0 && <p className="muted">{t('section.none')}</p>}
      {list.data && list.data.length > 0 && (
        <ul className="referral-list">
          {list.data.map((r) => (
            <ReferralItem key={r.id} referral={r} writer={writer} onDone={setStatus} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ReferralItem({ referral: r, writer, onDone }: { referral: Referral; writer: boolean; onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation('referrals');
  const catalogue = useServiceTypes();
  return (
    <li className="referral" data-status={r.status} aria-label={`${r.partnerName ?? ''} · ${t(`status.${r.status}`, { defaultValue: r.status })}`}>
      <div className="referral-head">
        <strong>{r.direction === 'incoming' ? `${t('section.incoming')} ${r.partnerName ?? ''}` : r.partnerName}</strong>
        <Badge tone={tones[r.status] ?? 'neutral'}>{t(`status.${r.status}`, { defaultValue: r.status })}</Badge>
        {r.urgency !== 'routine' && <Badge tone={r.urgency === 'emergency' ? 'danger' : 'warning'}>{t(`urgency.${r.urgency}`, { defaultValue: r.urgency })}</Badge>}
      </div>
      <dl className="referral-facts">
        <dt>{t('section.services')}</dt>
        <dd>{r.services.map((s) => serviceLabel(catalogue.data, s, i18n.language)).join(', ')}</dd>
        {r.status === 'sent' && r.respondBy && (
          <>
            <dt>{t('section.deadline')}</dt>
            <dd>
              <DateTime value={r.respondBy} />
            </dd>
          </>
        )}
        {r.appointmentAt && (
          <>
            <dt>{t('section.appointment')}</dt>
            <dd className="referral-appointment">
              <DateTime value={r.appointmentAt} />
              {r.answeredVia && <span className="muted"> ({t(`section.via.${r.answeredVia}`, { defaultValue: r.answeredVia })})</span>}
            </dd>
          </>
        )}
        {r.declineReason && (
          <>
            <dt>{t('status.declined')}</dt>
            <dd>{t(`declineReason.${r.declineReason}`, { defaultValue: r.declineReason })}</dd>
          </>
        )}
        {r.outcome && (
          <>
            <dt>{t('status.completed')}</dt>
            <dd>
              {t(`outcome.${r.outcome}`, { defaultValue: r.outcome })}
              {r.servedOn && (
                <>
                  {' · '}
                  <DateTime value={`${r.servedOn}T12:00:00Z`} dateOnly />
                </>
              )}
            </dd>
          </>
        )}
      </dl>
      {r.sharingBasis === 'override' && <p className="muted">{t('section.withoutConsent')}</p>}
      {r.notSentReason && <p className="error">{t('section.notSent', { reason: t(`notSentReason.${r.notSentReason}`, { defaultValue: r.notSentReason, purpose: t(`purpose.${r.consentPurpose}`, { defaultValue: r.consentPurpose ?? '' }) }) })}</p>}
      <p className="muted referral-reason">{r.reason}</p>
      {writer && <ReferralActions referral={r} onDone={onDone} />}
    </li>
  );
}
