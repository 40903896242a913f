import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import i18n from '../../../i18n';
import { RolesEditor } from './RolesEditor';

const user = { id: 'u1', email: 'x@astra.local', displayName: 'Ana', roles: ['CaseManager'], disabled: false, twoFactorEnabled: false };

function renderEditor(isMe = false, roles = user.roles) {
  return render(
    <QueryClientProvider client={new QueryClient()}>
      <RolesEditor user={{ ...user, roles }} isMe={isMe} onDone={() => undefined} />
    </QueryClientProvider>,
  );
}

describe('roles editor', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('spells out the change and enables saving only when there is one', () => {
    renderEditor();
    const save = screen.getByRole('button', { name: 'Save roles' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    fireEvent.click(screen.getByLabelText('Lawyer'));
    fireEvent.click(screen.getByLabelText('Case manager'));
    expect(screen.getByText('Adds: Lawyer.')).toBeTruthy();
    expect(screen.getByText('Removes: Case manager.')).toBeTruthy();
    expect(save.disabled).toBe(false);
  });

  it('warns an admin removing their own Admin role', () => {
    renderEditor(true, ['Admin']);
    fireEvent.click(screen.getByLabelText('Administrator'));
    expect(screen.getByText(/lose access to these pages/)).toBeTruthy();
  });
});
