import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../../ui/Badge';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { Loading } from '../../../ui/Loading';
import { PageHeader } from '../../../ui/PageHeader';
import { adminKeys, listDeadlineKinds, type DeadlineKind } from '../api';
import { deadlineKindName } from '../../../lib/deadlineKinds';
import { DeadlineKindForm } from './DeadlineKindForm';

export function DeadlineKindsPage() {
  const { t, i18n } = useTranslation('admin');
  const kinds = useQuery({ queryKey: adminKeys.deadlineKinds(), queryFn: listDeadlineKinds });
  // 'new' opens the form for a kind that does not exist yet.
  const [editing, setEditing] = useState<DeadlineKind | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <>
      <PageHeader title={t('kinds.title')} />
      <p className="muted">{t('kinds.intro')}</p>
      {editing === null && (
        <p>
          <button
            type="button"
            onClick={() => {
              setNotice(null);
              setEditing('new');
            }}
          >
            {t('kinds.add')}
          </button>
        </p>
      )}
      <div role="status" aria-live="polite">
        {notice && <p className="status-message">{notice}</p>}
      </div>
      {editing && (
        <DeadlineKindForm
          key={editing === 'new' ? '' : editing.key}
          kind={editing === 'new' ? null : editing}
          onDone={(saved) => {
            setEditing(null);
            if (saved) setNotice(t('kinds.saved', { label: deadlineKindName(saved, i18n.language) }));
          }}
        />
      )}
      {kinds.isPending ? (
        <Loading />
      ) : kinds.error ? (
        <ErrorMessage error={kinds.error} />
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t('kinds.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('kinds.fields.label')}</th>
                <th scope="col">{t('kinds.fields.key')}</th>
                <th scope="col">{t('kinds.fields.days')}</th>
                <th scope="col">{t('kinds.fields.hard')}</th>
                <th scope="col">{t('kinds.fields.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {kinds.data.map((k) => (
                <tr key={k.key}>
                  <th scope="row">{deadlineKindName(k, i18n.language)}</th>
                  <td className="mono">{k.key}</td>
                  <td>{k.days}</td>
                  <td>{k.hard ? <Badge tone="danger">{t('kinds.hard')}</Badge> : <Badge tone="neutral">{t('kinds.soft')}</Badge>}</td>
                  <td className="actions">
                    <button
                      type="button"
                      onClick={() => {
                        setNotice(null);
                        setEditing(k);
                      }}
                    >
                      {t('kinds.edit')}
                      <span className="visually-hidden"> — {deadlineKindName(k, i18n.language)}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
