import { Suspense } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router-dom';
import { CaseSectionsContext } from '../lib/caseSections';
import { caseSections } from './caseSections';
import { queryClient } from './queryClient';
import { AppRoutes } from './routes';

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <CaseSectionsContext.Provider value={caseSections}>
        {/* Texts load per language and namespace: until the first ones arrive, the shell waits here. */}
        <Suspense fallback={<p className="loading" role="status">…</p>}>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </Suspense>
      </CaseSectionsContext.Provider>
    </QueryClientProvider>
  );
}
