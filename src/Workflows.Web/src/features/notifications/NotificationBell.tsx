import { useEffect, useId, useRef, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { DateTime } from '../../ui/DateTime';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/Loading';
import { listNotices, markAllRead, markRead, noticeKeys, noticePath, unreadCount, type Notice } from './api';
import './notifications.css';

const countEvery = 60_000;

/** The header's bell: the unread count, and on opening the list, each notice a link to its page. */
export function NotificationBell() {
  const { t } = useTranslation('notifications');
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const client = useQueryClient();
  const count = useQuery({ queryKey: noticeKeys.count, queryFn: ({ signal }) => unreadCount(signal), refetchInterval: countEvery });
  const list = useQuery({ queryKey: noticeKeys.list, queryFn: ({ signal }) => listNotices(signal), enabled: open });
  const refresh = () => client.invalidateQueries({ queryKey: noticeKeys.all });
  const readOne = useMutation({ mutationFn: markRead, onSettled: refresh });
  const readAll = useMutation({ mutationFn: markAllRead, onSettled: refresh });

  // Escape or a click elsewhere closes the list, as a menu would.
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    const onClick = (e: MouseEvent) => !root.current?.contains(e.target as Node) && setOpen(false);
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onClick);
    };
  }, [open]);

  const unread = count.data ?? 0;
  const follow = (notice: Notice) => {
    setOpen(false);
    if (!notice.readAt) readOne.mutate(notice.id);
  };

  return (
    <div className="bell" ref={root}>
      <button
        type="button"
        className="bell-button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t('bell', { count: unread })}
        onClick={() => setOpen((o) => !o)}
      >
        <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="currentColor">
          <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2z" />
        </svg>
        {unread > 0 && (
          <span className="bell-count" aria-hidden="true">
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </button>
      {open && (
        <div id={panelId} className="bell-panel" role="region" aria-label={t('title')}>
          <div className="bell-head">
            <h2>{t('title')}</h2>
            <button type="button" onClick={() => readAll.mutate()} disabled={unread === 0 || readAll.isPending}>
              {t('markAllRead')}
            </button>
          </div>
          <ErrorMessage error={list.error ?? readAll.error ?? readOne.error} />
          {list.isPending ? (
            <Loading />
          ) : (list.data ?? []).length === 0 ? (
            <p className="muted">{t('empty')}</p>
          ) : (
            <ul className="bell-list">
              {list.data!.map((notice) => {
                const path = noticePath(notice);
                const text = (
                  <>
                    <span className="bell-text">{notice.text}</span>
                    <span className="bell-meta">
                      {t(`kind.${notice.kind}`, { defaultValue: t('kind.other') })} · <DateTime value={notice.createdAt} />
                    </span>
                  </>
                );
                return (
                  <li key={notice.id} className={notice.readAt ? 'read' : 'unread'} data-notice={notice.kind}>
                    {!notice.readAt && <span className="visually-hidden">{t('unread')} </span>}
                    {path ? (
                      <Link to={path} onClick={() => follow(notice)}>
                        {text}
                      </Link>
                    ) : (
                      <span>{text}</span>
                    )}
                    {!notice.readAt && (
                      <button type="button" className="bell-mark" onClick={() => readOne.mutate(notice.id)} disabled={readOne.isPending}>
                        {t('markRead')}
                      </button>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
