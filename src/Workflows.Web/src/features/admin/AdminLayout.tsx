import { NavLink, Outlet } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/SessionContext';
import { hasRole } from '../../auth/types';
import { NoAccess } from './NoAccess';
import './admin.css';

const sections = ['users', 'closures', 'deadline-kinds', 'outbox', 'audit'] as const;

/** The admin pages share a side menu; others get a plain refusal (the API would refuse them anyway). */
export function AdminLayout() {
  const { t } = useTranslation('admin');
  const { me } = useSession();
  if (!hasRole(me, 'Admin')) return <NoAccess />;
  return (
    <div className="admin-area">
      <nav className="admin-nav" aria-label={t('nav.label')}>
        <ul>
          {sections.map((s) => (
            <li key={s}>
              <NavLink to={`/admin/${s}`}>{t(`nav.${s}`)}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <section className="admin-content">
        <Outlet />
      </section>
    </div>
  );
}
