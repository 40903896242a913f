import { useInfiniteQuery } from '@tanstack/react-query';
import { casesApi, casesKeys, type CaseFilters } from './api';

/** Pages of the visible cases, newest first, followed by the API's keyset cursor. */
export function useCaseList(filters: CaseFilters) {
  return useInfiniteQuery({
    queryKey: casesKeys.list(filters),
    queryFn: ({ pageParam, signal }) => casesApi.list(filters, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next,
  });
}
