import { useEffect, useMemo, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError, onSessionExpired } from '../api/client';
import { http, quietUnauthorized, unwrap } from '../api/http';
import { SessionContext, type Session } from '../auth/SessionContext';
import { SessionExpiredDialog } from '../auth/SessionExpiredDialog';
import { SignInPage } from '../auth/SignInPage';
import { signOut } from '../auth/signIn';
import type { Me } from '../auth/types';
import { isLanguage, rememberLanguage } from '../i18n';
import { Layout } from './Layout';

export const meKey = ['me'] as const;

export function AuthGate() {
  const client = useQueryClient();
  const { i18n } = useTranslation();
  const me = useQuery({
    queryKey: meKey,
    queryFn: async (): Promise<Me> => unwrap(http.GET('/api/me', quietUnauthorized)),
    retry: false,
    staleTime: 5 * 60_000,
  });
  const [expired, setExpired] = useState(false);

  useEffect(() => onSessionExpired(() => setExpired(true)), []);

  // The language chosen on any device follows the user.
  const language = me.data?.language;
  useEffect(() => {
    if (isLanguage(language) && language !== i18n.language) {
      rememberLanguage(language);
      void i18n.changeLanguage(language);
    }
  }, [language, i18n]);

  const session = useMemo<Session | null>(
    () =>
      me.data
        ? {
            me: me.data,
            signOut: async () => {
              await signOut();
              // A full reload drops every cached case and task from memory, not just the session cookie.
              client.clear();
              window.location.assign('/');
            },
          }
        : null,
    [me.data, client],
  );

  if (me.isPending) return <p className="loading" role="status">…</p>;
  if (me.error && !(me.error instanceof ApiError && me.error.status === 401)) {
    return <p role="alert" className="error">{String(me.error.message)}</p>;
  }
  if (!session) {
    return <SignInPage onSignedIn={() => void client.invalidateQueries({ queryKey: meKey })} />;
  }

  return (
    <SessionContext.Provider value={session}>
      <Layout />
      {expired && (
        <SessionExpiredDialog
          email={session.me.email}
          onSignedIn={() => {
            setExpired(false);
            void client.invalidateQueries();
          }}
        />
      )}
    </SessionContext.Provider>
  );
}
