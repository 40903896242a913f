import { NavLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/SessionContext';
import { mayEditPartners } from './roles';

export function ReferralsNav() {
  const { t } = useTranslation('referrals');
  const { me } = useSession();
  return (
    <nav aria-label={t('nav.title')} className="row">
      <NavLink to="/partners" end>
        {t('nav.partners')}
      </NavLink>
      <NavLink to="/partners/services">{t('nav.services')}</NavLink>
      {mayEditPartners(me) && <NavLink to="/partners/new">{t('nav.newPartner')}</NavLink>}
    </nav>
  );
}
