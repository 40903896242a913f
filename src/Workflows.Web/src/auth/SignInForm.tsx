import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { signIn, type SignInResult } from './signIn';

interface Props {
  initialEmail?: string;
  lockEmail?: boolean;
  onSignedIn: () => void;
}

/** Email and password, then the authenticator code when the account has one. */
export function SignInForm({ initialEmail = '', lockEmail = false, onSignedIn }: Props) {
  const { t } = useTranslation('auth');
  const [email, setEmail] = useState(initialEmail);
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [step, setStep] = useState<'password' | 'code'>('password');
  const [result, setResult] = useState<SignInResult | 'error' | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const outcome = await signIn(email, password, step === 'code' ? code : undefined);
      if (outcome === 'ok') {
        onSignedIn();
        return;
      }
      if (outcome === 'needsCode') setStep('code');
      setResult(outcome === 'needsCode' ? null : outcome);
    } catch {
      setResult('error');
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="stack" onSubmit={submit} aria-describedby={result ? 'sign-in-error' : undefined}>
      {step === 'password' ? (
        <>
          <label className="field">
            <span>{t('email')}</span>
            <input type="email" autoComplete="username" required value={email} readOnly={lockEmail} onChange={(e) => setEmail(e.target.value)} />
          </label>
          <label className="field">
            <span>{t('password')}</span>
            <input type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
          </label>
        </>
      ) : (
        <label className="field">
          <span>{t('code')}</span>
          <input
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9]{6}"
            required
            autoFocus
            value={code}
            onChange={(e) => setCode(e.target.value.trim())}
          />
          <small>{t('codeHelp')}</small>
        </label>
      )}
      {result && (
        <p id="sign-in-error" role="alert" className="error">
          {t(`result.${result}`)}
        </p>
      )}
      <button type="submit" className="primary" disabled={busy}>
        {step === 'password' ? t('signIn') : t('verify')}
      </button>
    </form>
  );
}
