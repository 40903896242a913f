import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { adminKeys, deleteClosure, type ClosureDto } from '../api';
import { formatCalendarDate, isPast } from '../closureDates';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';

export function ClosuresTable({ closures, today, onDeleted }: { closures: ClosureDto[]; today: string; onDeleted: (notice: string) => void }) {
  const { t, i18n } = useTranslation('admin');
  const client = useQueryClient();
  const [asking, setAsking] = useState<ClosureDto | null>(null);
  const remove = useMutation({
    mutationFn: (date: string) => deleteClosure(date),
    onSuccess: (_, date) => {
      setAsking(null);
      void client.invalidateQueries({ queryKey: [...adminKeys.all, 'closures'] });
      void client.invalidateQueries({ queryKey: [...adminKeys.all, 'holidays'] });
      onDeleted(t('closures.deleted', { date: formatCalendarDate(date, i18n.language) }));
    },
  });

  if (closures.length === 0) return <p className="muted">{t('closures.none')}</p>;
  return (
    <>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">{t('closures.listTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('closures.fields.date')}</th>
              <th scope="col">{t('closures.fields.reason')}</th>
              <th scope="col">{t('closures.fields.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {closures.map((c) => {
              const past = isPast(c.date, today);
              return (
                <tr key={c.date} className={past ? 'past' : undefined} data-date={c.date}>
                  <td>
                    <time dateTime={c.date}>{formatCalendarDate(c.date, i18n.language, true)}</time>
                    {past && <span className="muted"> ({t('closures.past')})</span>}
                  </td>
                  <td>{c.reason}</td>
                  <td className="actions">
                    <button
                      type="button"
                      className="danger"
                      onClick={() => {
                        remove.reset();
                        setAsking(c);
                      }}
                    >
                      {t('closures.delete.button')}
                      <span className="visually-hidden"> — {formatCalendarDate(c.date, i18n.language)}</span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {asking && (
        <ConfirmDialog
          title={t('closures.delete.title', { date: formatCalendarDate(asking.date, i18n.language) })}
          confirmLabel={t('closures.delete.confirm')}
          danger
          busy={remove.isPending}
          onConfirm={() => remove.mutate(asking.date)}
          onCancel={() => setAsking(null)}
        >
          <p>{t('closures.delete.text')}</p>
          <ErrorMessage error={remove.error} />
        </ConfirmDialog>
      )}
    </>
  );
}
