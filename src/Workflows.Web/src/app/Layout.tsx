import { NavLink, Outlet } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/SessionContext';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { LanguageSwitcher } from './LanguageSwitcher';
import { navFor } from './nav';

export function Layout() {
  const { t } = useTranslation();
  const { me, signOut } = useSession();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="top-bar">
        <span className="brand">ASTRA · {t('appName')}</span>
        <nav aria-label={t('mainNavigation')}>
          <ul>
            {navFor(me).map((item) => (
              <li key={item.to}>
                <NavLink to={item.to}>{t(item.label)}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="top-bar-end">
          <NotificationBell />
          <LanguageSwitcher signedIn />
          <span className="user" title={me.email}>
            {me.displayName}
          </span>
          <button type="button" onClick={() => void signOut()}>
            {t('signOut')}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
