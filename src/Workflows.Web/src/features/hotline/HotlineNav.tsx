import { NavLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';

export function HotlineNav() {
  const { t } = useTranslation('hotline');
  return (
    <nav aria-label={t('title')} className="row wrap">
      <NavLink to="/hotline" end>
        {t('nav.log')}
      </NavLink>
      <NavLink to="/hotline/contacts">{t('nav.contacts')}</NavLink>
      <NavLink to="/hotline/call-backs">{t('nav.callBacks')}</NavLink>
    </nav>
  );
}
