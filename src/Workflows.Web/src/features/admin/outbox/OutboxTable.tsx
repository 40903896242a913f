import { useTranslation } from 'react-i18next';
import { Badge } from '../../../ui/Badge';
import { DateTime } from '../../../ui/DateTime';
import type { OutboxEntry } from '../api';
import { canResend, outboxState, outboxTone } from '../outboxStatus';
import { ResendButton } from './ResendButton';

const stateIcon = { deadLetter: '✕', failing: '!', pending: '…', sent: '✓', unknown: '?' } as const;

export function OutboxTable({ entries, onResent }: { entries: OutboxEntry[]; onResent: () => void }) {
  const { t } = useTranslation('admin');
  if (entries.length === 0) return <p className="muted">{t('outbox.none')}</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{t('outbox.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('outbox.fields.created')}</th>
            <th scope="col">{t('outbox.fields.kind')}</th>
            <th scope="col">{t('outbox.fields.status')}</th>
            <th scope="col">{t('outbox.fields.attempts')}</th>
            <th scope="col">{t('outbox.fields.next')}</th>
            <th scope="col">{t('outbox.fields.lastError')}</th>
            <th scope="col">{t('outbox.fields.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => {
            const state = outboxState(e);
            return (
              <tr key={e.id}>
                <td>
                  <DateTime value={e.createdAt} />
                </td>
                <td>{t(`outbox.kinds.${e.kind}`, { defaultValue: e.kind })}</td>
                <td>
                  <Badge tone={outboxTone[state]}>
                    <span aria-hidden="true">{stateIcon[state]} </span>
                    {t(`outbox.states.${state}`)}
                  </Badge>
                </td>
                <td>{e.attempts}</td>
                <td>
                  {state === 'sent' ? (
                    <span className="muted">
                      {t('outbox.sentAt')} <DateTime value={e.sentAt} />
                    </span>
                  ) : state === 'deadLetter' ? (
                    <span className="muted">{t('outbox.noMoreAttempts')}</span>
                  ) : (
                    <DateTime value={e.nextAttemptAt} />
                  )}
                </td>
                <td className="mono">{e.lastError ?? <span className="muted">—</span>}</td>
                <td className="actions">{canResend(state) && <ResendButton id={e.id} onResent={onResent} />}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
