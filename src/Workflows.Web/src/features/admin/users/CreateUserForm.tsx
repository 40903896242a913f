import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { adminKeys, createUser, type UserView } from '../api';
import { FieldError, fieldInvalid, hasOtherErrors } from '../FieldError';
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
  const describedBy = (field: string, hint?: string) =>
    [hint, fieldInvalid(error, field) ? `new-user-${field}-error` : undefined].filter(Boolean).join(' ') || undefined;

  return (
    <form className="card admin-form" onSubmit={submit} noValidate aria-labelledby="new-user-title">
      <h2 id="new-user-title" style={{ gridColumn: '1 / -1', margin: 0 }}>
        {t('users.create.title')}
      </h2>
      {hasOtherErrors(error, fields) && (
        <div style={{ gridColumn: '1 / -1' }}>
          <ErrorMessage error={error} />
        </div>
      )}
      <label className="field">
        <span>{t('users.fields.email')}</span>
        <input
          type="email"
          autoComplete="off"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          aria-invalid={fieldInvalid(error, 'email')}
          aria-describedby={describedBy('email')}
        />
        <FieldError id="new-user-email-error" error={error} field="email" />
      </label>
      <label className="field">
        <span>{t('users.fields.displayName')}</span>
        <input
          autoComplete="off"
          value={displayName}
          onChange={(e) => setDisplayName(e.target.value)}
          aria-invalid={fieldInvalid(error, 'displayName')}
          aria-describedby={describedBy('displayName')}
        />
        <FieldError id="new-user-displayName-error" error={error} field="displayName" />
      </label>
      <label className="field">
        <span>{t('users.fields.password')}</span>
        <input
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          aria-invalid={fieldInvalid(error, 'password')}
          aria-describedby={describedBy('password', 'new-user-password-hint')}
        />
        <small id="new-user-password-hint">{t('users.fields.passwordHint')}</small>
        <FieldError id="new-user-password-error" error={error} field="password" />
      </label>
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
