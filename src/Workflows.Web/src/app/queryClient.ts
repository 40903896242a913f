import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client';
import i18n from '../i18n';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      // A 4xx will not change by asking again; a dropped connection might.
      retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
      refetchOnWindowFocus: true,
    },
  },
});

// Server-rendered texts (task titles, form labels, outcomes) are in the language of the request: ask again.
i18n.on('languageChanged', () => {
  void queryClient.invalidateQueries();
});
