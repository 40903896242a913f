import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Badge } from '../../../ui/Badge';
import { DateTime } from '../../../ui/DateTime';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { Loading } from '../../../ui/Loading';
import { PageHeader } from '../../../ui/PageHeader';
import { useDefinitions } from '../api';
import { ImportDefinition } from './ImportDefinition';
import { NewDefinition } from './NewDefinition';
import '../designer.css';

export function DesignerListPage() {
  const { t } = useTranslation('designer');
  const definitions = useDefinitions();
  const list = [...(definitions.data ?? [])].sort((a, b) => a.name.localeCompare(b.name));

  return (
    <div className="page">
      <PageHeader title={t('list.title')} />
      {definitions.isPending && <Loading />}
      <ErrorMessage error={definitions.error} />
      {definitions.data && (
        <table className="designer-table">
          <caption className="visually-hidden">{t('list.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('list.name')}</th>
              <th scope="col">{t('list.id')}</th>
              <th scope="col">{t('list.published')}</th>
              <th scope="col">{t('list.status')}</th>
              <th scope="col">{t('list.updated')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((d) => (
              <tr key={d.definitionId}>
                <td>
                  <Link to={`/designer/${encodeURIComponent(d.definitionId)}`}>{d.name}</Link>
                </td>
                <td><code>{d.definitionId}</code></td>
                <td>{d.publishedVersion ? t('list.version', { version: d.publishedVersion }) : t('list.neverPublished')}</td>
                <td>
                  {d.hasDraft ? <Badge tone="warning">{t('list.draft')}</Badge> : <Badge tone="success">{t('list.upToDate')}</Badge>}
                </td>
                <td><DateTime value={d.updatedAt} /></td>
              </tr>
            ))}
            {list.length === 0 && (
              <tr>
                <td colSpan={5}>{t('list.empty')}</td>
              </tr>
            )}
          </tbody>
        </table>
      )}
      <div className="designer-list-actions">
        <NewDefinition existing={definitions.data ?? []} />
        <ImportDefinition />
      </div>
    </div>
  );
}
