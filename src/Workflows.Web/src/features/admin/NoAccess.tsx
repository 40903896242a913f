import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';

export function NoAccess() {
  const { t } = useTranslation('admin');
  return (
    <section className="page">
      <h1>{t('noAccess.title')}</h1>
      <p role="alert" className="error">
        {t('noAccess.text')}
      </p>
      <p>
        <Link to="/">{t('noAccess.home')}</Link>
      </p>
    </section>
  );
}
