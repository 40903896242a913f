import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '../app/LanguageSwitcher';
import { SignInForm } from './SignInForm';

export function SignInPage({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation('auth');
  return (
    <main className="sign-in" id="main">
      <div className="card sign-in-card">
        <h1>{t('title')}</h1>
        <p className="muted">{t('intro')}</p>
        <SignInForm onSignedIn={onSignedIn} />
        <LanguageSwitcher />
      </div>
    </main>
  );
}
