import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Badge, type Tone } from '../../ui/Badge';
import { DateTime } from '../../ui/DateTime';
import type { CaseInstance } from './api';
import { humanize } from './labels';

const tones: Record<string, Tone> = { running: 'info', waiting: 'info', completed: 'success', cancelled: 'neutral', faulted: 'danger' };

export function InstancesSection({ instances }: { instances: CaseInstance[] }) {
  const { t } = useTranslation('cases');
  return (
    <section className="card" aria-labelledby="case-workflows">
      <h2 id="case-workflows">{t('workflows.title')}</h2>
      {instances.length === 0 ? (
        <p className="muted">{t('workflows.none')}</p>
      ) : (
        <table className="stack-table">
          <thead>
            <tr>
              <th scope="col">{t('workflows.workflow')}</th>
              <th scope="col">{t('workflows.status')}</th>
              <th scope="col">{t('workflows.started')}</th>
            </tr>
          </thead>
          <tbody>
            {instances.map((i) => {
              const status = i.status.toLowerCase();
              return (
                <tr key={i.id}>
                  <td className="stack-title">
                    <Link to={`/designer/instances/${i.id}`}>{i.name || humanize(i.definitionId)}</Link>{' '}
                    <span className="muted">{t('workflows.version', { version: i.version })}</span>
                  </td>
                  <td data-label={t('workflows.status')}>
                    <Badge tone={tones[status] ?? 'neutral'}>{t(`workflows.statuses.${status}`, { defaultValue: humanize(i.status) })}</Badge>
                  </td>
                  <td data-label={t('workflows.started')}>
                    <DateTime value={i.createdAt} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
