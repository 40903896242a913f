import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { DateTime } from '../../ui/DateTime';
import type { RepeatCaller } from './api';

/** Earlier contacts of the number being typed: dates, outcomes and case codes, never the number. */
export function RepeatCallerPanel({ repeat }: { repeat: RepeatCaller | undefined }) {
  const { t } = useTranslation('hotline');
  return (
    <div role="status" aria-live="polite" className="repeat-caller" data-testid="repeat-caller">
      {repeat && repeat.previousContacts > 0 && (
        <div className="card">
          <p>
            <strong>{t('repeat.title', { count: repeat.previousContacts })}</strong>{' '}
            {t('repeat.between')} <DateTime value={repeat.firstAt} /> – <DateTime value={repeat.lastAt} />
          </p>
          {repeat.caseCodes.length > 0 && (
            <p>
              {t('repeat.cases')}: {repeat.caseCodes.join(', ')}
            </p>
          )}
          <ul>
            {repeat.recent.map((c) => (
              <li key={c.id}>
                <Link to={`/hotline/contacts/${c.id}`}>{c.code}</Link> · <DateTime value={c.occurredAt} /> · {t(`outcome.${c.outcome}`)}
                {c.caseCode ? ` · ${c.caseCode}` : ''}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
