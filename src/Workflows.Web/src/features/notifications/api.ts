import { http, unwrap } from '../../api/http';
import type { Schemas } from '../../api/types';

export type Notice = Schemas['NotificationResponse'];

export const noticeKeys = {
  all: ['notifications'] as const,
  count: ['notifications', 'count'] as const,
  list: ['notifications', 'list'] as const,
};

export function listNotices(signal?: AbortSignal): Promise<Notice[]> {
  return unwrap(http.GET('/api/notifications', { signal }));
}

export async function unreadCount(signal?: AbortSignal): Promise<number> {
  return (await unwrap(http.GET('/api/notifications/unread-count', { signal }))).unread;
}

export async function markRead(id: string): Promise<void> {
  await unwrap(http.POST('/api/notifications/{id}/read', { params: { path: { id } } }));
}

export async function markAllRead(): Promise<void> {
  await unwrap(http.POST('/api/notifications/read-all'));
}

/** The app path a notice opens: the API gives it relative to the app's root (`tasks/…`, `hearings/…`). */
export function noticePath(notice: Pick<Notice, 'link'>): string | null {
  const link = notice.link?.replace(/^\/+/, '');
  return link && /^[a-z-]+\/[0-9a-f-]{36}$/i.test(link) ? `/${link}` : null;
}
