import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../ui/DateTime';
import type { JournalEntry } from './api';

export function JournalTable({ journal, names }: { journal: JournalEntry[]; names: (activityId: string) => string }) {
  const { t } = useTranslation('viewer');
  return (
    <section aria-labelledby="journal-title">
      <h2 id="journal-title">{t('instance.journal')}</h2>
      {journal.length === 0 ? (
        <p className="muted">{t('instance.journalEmpty')}</p>
      ) : (
        <div className="viewer-scroll" tabIndex={0} role="region" aria-label={t('instance.journal')}>
          <table>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{t('instance.when')}</th>
                <th scope="col">{t('instance.entry')}</th>
                <th scope="col">{t('instance.activity')}</th>
                <th scope="col">{t('instance.actor')}</th>
                <th scope="col">{t('instance.message')}</th>
              </tr>
            </thead>
            <tbody>
              {[...journal]
                .sort((a, b) => b.sequence - a.sequence)
                .map((j) => (
                  <tr key={j.sequence}>
                    <td>{j.sequence}</td>
                    <td>
                      <DateTime value={j.at} />
                    </td>
                    <td>
                      {t(`instance.kinds.${j.kind}`, { defaultValue: j.kind })}
                      {j.outcome ? ` (${j.outcome})` : ''}
                    </td>
                    <td>{j.activityId ? names(j.activityId) : ''}</td>
                    <td>{j.actor}</td>
                    <td>{j.message ?? ''}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
