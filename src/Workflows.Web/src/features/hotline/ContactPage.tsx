import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../ui/DateTime';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { hotlineApi, hotlineKeys, vocabulary } from './api';
import { HotlineNav } from './HotlineNav';
import { RepeatCallerPanel } from './RepeatCallerPanel';
import { ToggleGroup } from './ToggleGroup';
import './hotline.css';

/** One contact: its coded fields, the note when the reader may see it, earlier contacts, history, and "open a case". */
export function ContactPage() {
  const { t } = useTranslation('hotline');
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [priority, setPriority] = useState('medium');
  const [foreignNational, setForeignNational] = useState(false);
  const contact = useQuery({ queryKey: hotlineKeys.detail(id), queryFn: ({ signal }) => hotlineApi.detail(id, signal), gcTime: 0 });
  const open = useMutation({
    mutationFn: () => hotlineApi.openCase(id, priority, foreignNational),
    onSuccess: async (opened) => {
      await client.invalidateQueries({ queryKey: hotlineKeys.all });
      navigate(`/cases/${opened.caseId}`);
    },
  });
  if (contact.isPending) return <Loading />;
  if (contact.error) return <ErrorMessage error={contact.error} />;
  const c = contact.data;
  const list = (group: string, values: readonly string[]) => values.map((v) => t(`${group}.${v}`)).join(', ') || '—';
  return (
    <section className="page hotline">
      <PageHeader title={t('detail.title', { code: c.code })}>
        <HotlineNav />
      </PageHeader>
      <dl className="facts card">
        <dt>{t('list.when')}</dt>
        <dd>
          <DateTime value={c.occurredAt} />
        </dd>
        <dt>{t('channelLabel')}</dt>
        <dd>
          {t(`channel.${c.channel}`)} · {t(`direction.${c.direction}`)}
        </dd>
        <dt>{t('callerTypeLabel')}</dt>
        <dd>{t(`callerType.${c.callerType}`)}</dd>
        <dt>{t('topicsLabel')}</dt>
        <dd>{list('topics', c.topics)}</dd>
        <dt>{t('exploitationLabel')}</dt>
        <dd>{list('exploitation', c.exploitation)}</dd>
        <dt>{t('countries')}</dt>
        <dd>{c.countries.join(', ') || '—'}</dd>
        <dt>{t('minorLabel')}</dt>
        <dd>{t(`minor.${c.minorInvolved}`)}</dd>
        <dt>{t('imminentDanger')}</dt>
        <dd>{c.imminentDanger ? t('detail.yes') : t('detail.no')}</dd>
        <dt>{t('duration')}</dt>
        <dd>{c.durationMinutes}</dd>
        <dt>{t('outcomeLabel')}</dt>
        <dd>{t(`outcome.${c.outcome}`)}</dd>
        <dt>{t('callerNumber')}</dt>
        <dd>{c.hasCaller ? t('detail.numberKept') : '—'}</dd>
        <dt>{t('note')}</dt>
        <dd>{c.noteVisible ? (c.note ?? '—') : c.hasNote ? t('detail.noteHidden') : '—'}</dd>
        {c.caseCode && (
          <>
            <dt>{t('list.case')}</dt>
            <dd>{c.caseCode}</dd>
          </>
        )}
      </dl>
      <RepeatCallerPanel repeat={c.repeatCaller} />
      {!c.caseId && (
        <form
          className="stack card"
          aria-label={t('open.title')}
          onSubmit={(e) => {
            e.preventDefault();
            open.mutate();
          }}
        >
          <h2>{t('open.title')}</h2>
          <ToggleGroup legend={t('open.priority')} name="priority" options={vocabulary.priority} label={(v) => t(`open.priorities.${v}`)} value={priority} onChange={(v) => setPriority(v as string)} />
          <label className="toggle">
            <input type="checkbox" checked={foreignNational} onChange={(e) => setForeignNational(e.target.checked)} />
            <span>{t('open.foreignNational')}</span>
          </label>
          <ErrorMessage error={open.error} />
          <div>
            <button type="submit" className="primary" disabled={open.isPending}>
              {t('open.submit')}
            </button>
          </div>
        </form>
      )}
      {c.history.length > 0 && (
        <section className="card">
          <h2>{t('detail.history')}</h2>
          <ul>
            {c.history.map((h) => (
              <li key={h.revision}>
                <DateTime value={h.changedAt} /> · {h.reason ?? t('detail.corrected')}
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
