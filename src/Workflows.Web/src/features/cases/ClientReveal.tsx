import { useEffect, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useSession } from '../../auth/SessionContext';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { casesApi, casesKeys, type ClientIdentity } from './api';
import { ClientIdentityView } from './ClientIdentityView';
import { ConfirmRevealDialog } from './ConfirmRevealDialog';
import { mayRevealClient } from './roles';
import { RecordClientForm } from './RecordClientForm';

type State =
  | { step: 'hidden' }
  | { step: 'confirming' }
  | { step: 'loading' }
  | { step: 'shown'; identity: ClientIdentity }
  | { step: 'failed'; error: unknown }
  | { step: 'editing'; original: ClientIdentity | null }
  | { step: 'saved'; change: string };

/**
 * The client's identity, fetched only after the user confirms and kept in this component's state alone — not in the
 * query cache — so it is gone when the page is left or "Hide" is pressed. Each reveal is a new audited request.
 */
export function ClientReveal({ caseId, code }: { caseId: string; code: string }) {
  const { t } = useTranslation('cases');
  const { t: tw } = useTranslation('casework');
  const { me } = useSession();
  // Whether an identity exists (nothing decrypted): offers "Record identity" on a case opened without one.
  const status = useQuery({
    queryKey: casesKeys.clientStatus(caseId),
    queryFn: ({ signal }) => casesApi.clientStatus(caseId, signal),
    enabled: mayRevealClient(me),
  });
  const recorded = status.data?.recorded !== false;
  const [state, setState] = useState<State>({ step: 'hidden' });
  const mounted = useRef(true);
  const revealButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  async function reveal(reason: string) {
    setState({ step: 'loading' });
    try {
      const response = await casesApi.revealClient(caseId, reason);
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
      {state.step === 'saved' && <p role="status">{tw(state.change === 'corrected' ? 'identity.corrected' : 'identity.recorded')}</p>}
      {denied ? (
        <p role={state.step === 'failed' ? 'alert' : undefined}>{t('reveal.forbidden')}</p>
      ) : state.step === 'editing' ? (
        <RecordClientForm
          caseId={caseId}
          original={state.original}
          onDone={(change) => setState({ step: 'saved', change })}
          onCancel={() => setState({ step: 'hidden' })}
        />
      ) : state.step === 'shown' ? (
        <>
          <ClientIdentityView identity={state.identity} />
          <p className="row">
            <button type="button" onClick={hide}>
              {t('reveal.hide')}
            </button>
            <button type="button" onClick={() => setState({ step: 'editing', original: state.identity })}>
              {tw('identity.correct')}
            </button>
          </p>
        </>
      ) : !recorded ? (
        <>
          <p className="muted">{tw('identity.none')}</p>
          <p>
            <button type="button" onClick={() => setState({ step: 'editing', original: null })}>
              {tw('identity.record')}
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
          onConfirm={(reason) => void reveal(reason)}
          onCancel={() => {
            setState({ step: 'hidden' });
            revealButton.current?.focus();
          }}
        />
      )}
    </section>
  );
}
