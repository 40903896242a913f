import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import i18n from '../../i18n';
import { TaskCompletionForm } from './TaskCompletionForm';

const task = {
  id: '0190aaaa-0000-7000-8000-0000000000aa',
  revision: 3,
  outcomes: ['Done'],
  form: [
    { name: 'channel', label: 'Channel', type: 'choice', required: true, options: ['phone', 'chat'] },
    { name: 'anonymous', label: 'Caller stays anonymous', type: 'boolean', required: false },
    { name: 'language', label: 'Language', type: 'text', required: false },
  ],
};

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/problem+json' } });
}

function renderForm(onCompleted = vi.fn()) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <TaskCompletionForm task={task} onCompleted={onCompleted} />
    </QueryClientProvider>,
  );
  return onCompleted;
}

/** The text of the element that describes a field, as a screen reader would read it after the label. */
function descriptionOf(element: HTMLElement): string {
  const ids = element.getAttribute('aria-describedby') ?? '';
  return ids
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

describe('the task completion form', () => {
  beforeAll(async () => {
    await i18n.changeLanguage('en');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('renders each field kind with its label and stops on an empty required field without calling the API', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    renderForm();
    expect(screen.getByLabelText(/Channel/).tagName).toBe('SELECT');
    expect((screen.getByLabelText('Caller stays anonymous') as HTMLInputElement).type).toBe('checkbox');
    expect((screen.getByLabelText('Language') as HTMLInputElement).type).toBe('text');

    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    const channel = screen.getByLabelText(/Channel/);
    await waitFor(() => expect(channel.getAttribute('aria-invalid')).toBe('true'));
    expect(descriptionOf(channel)).toContain('This field is required.');
    expect(screen.getByLabelText('Language').getAttribute('aria-invalid')).toBeNull();
    expect(fetch).not.toHaveBeenCalled();
  }, 15_000); // renders every field kind: slow on a busy CI machine, not a hang

  it('shows a server validation error beside the field it names and keeps the input', async () => {
    const fetch = vi.fn(async (url: string) =>
      url.endsWith('/antiforgery')
        ? new Response(JSON.stringify({ headerName: 'X-CSRF', token: 't' }), { status: 200, headers: { 'content-type': 'application/json' } })
        : json(400, { title: 'One or more validation errors occurred.', errors: { 'data.language': ['At most 40 characters.'] } }),
    );
    vi.stubGlobal('fetch', fetch);
    const onCompleted = renderForm();

    fireEvent.change(screen.getByLabelText(/Channel/), { target: { value: 'phone' } });
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'a language name that is far too long' } });
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));

    const language = screen.getByLabelText('Language') as HTMLInputElement;
    await waitFor(() => expect(descriptionOf(language)).toContain('At most 40 characters.'));
    expect(language.getAttribute('aria-invalid')).toBe('true');
    expect(language.value).toBe('a language name that is far too long');
    expect(screen.getByLabelText(/Channel/).getAttribute('aria-invalid')).toBeNull();
    expect(onCompleted).not.toHaveBeenCalled();

    const [, init] = fetch.mock.calls.find(([url]) => String(url).endsWith('/complete')) as unknown as [string, RequestInit];
    const body = JSON.parse(String(init.body));
    expect(body).toMatchObject({ outcome: 'Done', revision: 3, data: { channel: 'phone', anonymous: false, language: 'a language name that is far too long' } });
    expect(body.idempotencyKey).toEqual(expect.any(String));

    // Correcting the field takes the server's message about the old value away.
    fireEvent.change(language, { target: { value: 'Serbian' } });
    expect(language.getAttribute('aria-invalid')).toBeNull();
  });
});
