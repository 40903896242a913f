import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';

/** Need-to-know answers 404 for a case that exists but is not shared, so both read the same: nothing leaks either way. */
export function CaseNotShared() {
  const { t } = useTranslation('cases');
  return (
    <section className="page">
      <h1>{t('notShared.title')}</h1>
      <p>{t('notShared.text')}</p>
      <p>
        <Link to="/cases">{t('notShared.back')}</Link>
      </p>
    </section>
  );
}
