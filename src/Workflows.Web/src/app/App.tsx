import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router-dom';
import { CaseSectionsContext } from '../lib/caseSections';
import { caseSections } from './caseSections';
import { queryClient } from './queryClient';
import { router } from './routes';

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <CaseSectionsContext.Provider value={caseSections}>
        <RouterProvider router={router} />
      </CaseSectionsContext.Provider>
    </QueryClientProvider>
  );
}
