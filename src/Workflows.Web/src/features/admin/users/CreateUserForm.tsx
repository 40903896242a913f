import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../ui/form/FormError';
import { adminKeys, createUser, type UserView } from '../api';
import { Field } from '../../../ui/form/Field';
import { fieldErrors } from '../../../ui/form/fieldErrors';
import { RoleCheckboxes } from './RoleCheckboxes';

const fields = ['email', 'displayName', 'password'];

/** A new account with an initial password the person changes later; the API enforces the password rules. */
export function CreateUserForm({ onCreated }: { onCreated: (user: UserView) => void }) {
  const { t } = useTranslation('admin');
  const client = useQueryClient();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [roles, setRoles] = useState<string[]>([]);
  const create = useMutation({
    mutationFn: () => createUser({ email, displayName, password, roles }),
    onSuccess: (user) => {
      setEmail('');
      setDisplayName('');
      setPassword('');
      setRoles([]);
      void client.invalidateQueries({ queryKey: adminKeys.users() });
      onCreated(user);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate();
  }

  const error = create.error;

  return (
    <form className="card admin-form" onSubmit={submit} noValidate aria-labelledby="new-user-title">
      <h2 id="new-user-title" style={{ gridColumn: '1 / -1', margin: 0 }}>
        {t('users.create.title')}
      </h2>
      <FormError error={error} fields={fields} className="admin-form-wide" />
      <Field id="new-user-email" label={t('users.fields.email')} errors={fieldErrors(error, 'email')}>
        {(a11y) => <input {...a11y} type="email" autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} />}
      </Field>
      <Field id="new-user-displayName" label={t('users.fields.displayName')} errors={fieldErrors(error, 'displayName')}>
        {(a11y) => <input {...a11y} autoComplete="off" value={displayName} onChange={(e) => setDisplayName(e.target.value)} />}
      </Field>
      <Field id="new-user-password" label={t('users.fields.password')} errors={fieldErrors(error, 'password')} hint={t('users.fields.passwordHint')}>
        {(a11y) => <input {...a11y} type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} />}
      </Field>
      <fieldset>
        <legend>{t('users.fields.roles')}</legend>
        <RoleCheckboxes value={roles} onChange={setRoles} idPrefix="new-user-role" />
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={create.isPending}>
          {t('users.create.submit')}
        </button>
      </div>
    </form>
  );
}
