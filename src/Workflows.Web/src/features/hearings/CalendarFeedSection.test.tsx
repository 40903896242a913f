import { describe, expect, it, vi, beforeEach } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import i18n from '../../i18n';
import { CalendarFeedSection } from './CalendarFeedSection';

const feedUrl = 'https://workflows.example/calendar/abc_DEF-123.ics';

vi.mock('./api', async (original) => ({
  ...(await original<typeof import('./api')>()),
  getCalendarFeed: vi.fn(async () => ({ url: feedUrl })),
  rotateCalendarFeed: vi.fn(async () => ({ url: 'https://workflows.example/calendar/new.ics' })),
}));

function renderSection() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <CalendarFeedSection />
    </QueryClientProvider>,
  );
}

describe('calendar feed section', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('copies the URL and confirms it visibly', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderSection();
    const input = await screen.findByLabelText(/Feed address/);
    expect((input as HTMLInputElement).value).toBe(feedUrl);
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await screen.findByText('Copied to the clipboard');
    expect(writeText).toHaveBeenCalledWith(feedUrl);
  });

  it('selects the URL for Ctrl+C when the clipboard refuses', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: vi.fn(async () => Promise.reject(new Error('denied'))) }, configurable: true });
    renderSection();
    const input = (await screen.findByLabelText(/Feed address/)) as HTMLInputElement;
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await screen.findByText(/press Ctrl\+C/);
    expect(document.activeElement).toBe(input);
    expect(input.selectionEnd! - input.selectionStart!).toBe(feedUrl.length);
  });

  it('asks before rotating, then shows the new URL', async () => {
    renderSection();
    await screen.findByLabelText(/Feed address/);
    fireEvent.click(screen.getByRole('button', { name: /Replace with a new address/ }));
    expect(screen.getByText(/old address stops working/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Yes, replace it' }));
    await waitFor(() => expect((screen.getByLabelText(/Feed address/) as HTMLInputElement).value).toBe('https://workflows.example/calendar/new.ics'));
  });
});
