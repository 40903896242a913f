import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SignInForm } from './SignInForm';

/**
 * Shown over the page when the session ends mid-work: the page stays mounted underneath, so whatever was typed
 * into a form is still there after signing in again and can be submitted.
 */
export function SessionExpiredDialog({ email, onSignedIn }: { email: string; onSignedIn: () => void }) {
  const { t } = useTranslation('auth');
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal?.();
  }, []);
  return (
    <dialog ref={dialog} className="card" aria-labelledby="session-expired-title" onCancel={(e) => e.preventDefault()}>
      <h2 id="session-expired-title">{t('expiredTitle')}</h2>
      <p>{t('expiredText')}</p>
      <SignInForm initialEmail={email} lockEmail onSignedIn={onSignedIn} />
    </dialog>
  );
}
