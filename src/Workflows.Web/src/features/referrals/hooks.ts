import { useQuery } from '@tanstack/react-query';
import { referralKeys, referralsApi, type PartnerFilters } from './api';

// The catalogue and the directory change seldom: a few minutes' staleness saves a request on every form.
const catalogueStale = 5 * 60_000;

export function useServiceTypes() {
  return useQuery({ queryKey: referralKeys.serviceTypes, queryFn: ({ signal }) => referralsApi.serviceTypes(signal), staleTime: catalogueStale });
}

export function useFundingProjects() {
  return useQuery({ queryKey: referralKeys.fundingProjects, queryFn: ({ signal }) => referralsApi.fundingProjects(signal), staleTime: catalogueStale });
}

export function usePartners(filters: PartnerFilters) {
  return useQuery({ queryKey: referralKeys.partners(filters), queryFn: ({ signal }) => referralsApi.partners(filters, signal), staleTime: 60_000 });
}
