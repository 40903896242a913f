import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { Loading } from '../../../ui/Loading';
import { PageHeader } from '../../../ui/PageHeader';
import { adminKeys, listUsers } from '../api';
import { CreateUserForm } from './CreateUserForm';
import { UsersTable } from './UsersTable';

export function UsersPage() {
  const { t } = useTranslation('admin');
  const users = useQuery({ queryKey: adminKeys.users(), queryFn: listUsers });
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <>
      <PageHeader title={t('users.title')} />
      <p className="muted">{t('users.intro')}</p>
      <CreateUserForm onCreated={(u) => setNotice(t('users.create.done', { name: u.displayName }))} />
      <div role="status" aria-live="polite">
        {notice && <p className="status-message">{notice}</p>}
      </div>
      <h2>{t('users.listTitle')}</h2>
      {users.isPending ? (
        <Loading />
      ) : users.error ? (
        <ErrorMessage error={users.error} />
      ) : (
        <UsersTable users={users.data} onChanged={setNotice} />
      )}
    </>
  );
}
