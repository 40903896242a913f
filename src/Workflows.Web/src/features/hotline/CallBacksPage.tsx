import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/SessionContext';
import { DateTime } from '../../ui/DateTime';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { hotlineApi, hotlineKeys } from './api';
import { HotlineNav } from './HotlineNav';
import './hotline.css';

/** Contacts waiting for a call back, soonest due first: take one, call, mark it done. */
export function CallBacksPage() {
  const { t } = useTranslation('hotline');
  const { me } = useSession();
  const client = useQueryClient();
  const queue = useQuery({ queryKey: hotlineKeys.callBacks, queryFn: ({ signal }) => hotlineApi.callBacks(signal) });
  const act = useMutation({
    mutationFn: ({ id, action }: { id: string; action: 'claim' | 'done' }) => (action === 'claim' ? hotlineApi.claim(id) : hotlineApi.done(id)),
    onSettled: () => client.invalidateQueries({ queryKey: hotlineKeys.all }),
  });
  return (
    <section className="page hotline">
      <PageHeader title={t('callBacks.title')}>
        <HotlineNav />
      </PageHeader>
      <ErrorMessage error={queue.error ?? act.error} />
      {queue.isPending ? (
        <Loading />
      ) : (queue.data ?? []).length === 0 ? (
        <p className="muted">{t('callBacks.empty')}</p>
      ) : (
        <ul className="stack call-backs">
          {(queue.data ?? []).map((c) => (
            <li key={c.contactId} className={c.overdue ? 'card overdue' : 'card'}>
              <Link to={`/hotline/contacts/${c.contactId}`}>{c.code}</Link> · {t('callBacks.due')} <DateTime value={c.dueAt} />
              {c.overdue && <strong> · {t('callBacks.overdue')}</strong>} · {t(`callerType.${c.callerType}`)}
              <div className="row">
                {c.claimedBy === null ? (
                  <button type="button" onClick={() => act.mutate({ id: c.contactId, action: 'claim' })}>
                    {t('callBacks.claim')}
                  </button>
                ) : (
                  <span className="muted">{c.claimedBy === me.id ? t('callBacks.yours') : t('callBacks.taken')}</span>
                )}
                {(c.claimedBy === null || c.claimedBy === me.id) && (
                  <button type="button" onClick={() => act.mutate({ id: c.contactId, action: 'done' })}>
                    {t('callBacks.done')}
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
