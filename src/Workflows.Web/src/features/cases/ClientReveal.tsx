import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useSession } from '../../auth/SessionContext';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { casesApi, type ClientIdentity } from './api';
import { ClientIdentityView } from './ClientIdentityView';
import { ConfirmRevealDialog } from './ConfirmRevealDialog';
import { mayRevealClient } from './roles';

type State =
  | { step: 'hidden' }
  | { step: 'confirming' }
  | { step: 'loading' }
  | { step: 'shown'; identity: ClientIdentity }
  | { step: 'failed'; error: unknown };

/**
 * The client's identity, fetched only after the user confirms and kept in this component's state alone — not in the
 * query cache — so it is gone when the page is left or "Hide" is pressed. Each reveal is a new audited request.
 */
export function ClientReveal({ caseId, code }: { caseId: string; code: string }) {
  const { t } = useTranslation('cases');
  const { me } = useSession();
  const [state, setState] = useState<State>({ step: 'hidden' });
  const mounted = useRef(true);
  const revealButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  async function reveal() {
    setState({ step: 'loading' });
    try {
      const response = await casesApi.revealClient(caseId);
      // Left the page while the request ran: drop the answer rather than keep it anywhere.
      if (mounted.current) setState({ step: 'shown', identity: response.client });
    } catch (error) {
      if (mounted.current) setState({ step: 'failed', error });
    }
  }

  function hide() {
    setState({ step: 'hidden' });
    revealButton.current?.focus();
  }

  const denied = !mayRevealClient(me) || (state.step === 'failed' && state.error instanceof ApiError && state.error.status === 403);
  const absent = state.step === 'failed' && state.error instanceof ApiError && state.error.status === 404;

  return (
    <section className="card" aria-labelledby="case-client">
      <h2 id="case-client">{t('reveal.title')}</h2>
      {denied ? (
        <p role={state.step === 'failed' ? 'alert' : undefined}>{t('reveal.forbidden')}</p>
      ) : state.step === 'shown' ? (
        <>
          <ClientIdentityView identity={state.identity} />
          <p>
            <button type="button" onClick={hide}>
              {t('reveal.hide')}
            </button>
          </p>
        </>
      ) : (
        <>
          <p className="muted">{t('reveal.hiddenText')}</p>
          <p>
            <button ref={revealButton} type="button" onClick={() => setState({ step: 'confirming' })} disabled={state.step === 'loading'}>
              {t('reveal.button')}
            </button>
          </p>
          {state.step === 'loading' && (
            <p role="status" className="loading">
              {t('reveal.loading')}
            </p>
          )}
          {absent && <p role="status">{t('reveal.none')}</p>}
          {state.step === 'failed' && !absent && <ErrorMessage error={state.error} />}
        </>
      )}
      {state.step === 'confirming' && (
        <ConfirmRevealDialog
          code={code}
          onConfirm={() => void reveal()}
          onCancel={() => {
            setState({ step: 'hidden' });
            revealButton.current?.focus();
          }}
        />
      )}
    </section>
  );
}
