import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrapAs } from '@/lib/api/client';
import type { PovertyStandardList } from '@/lib/api/types';

/**
 * Every poverty standard with its thresholds and indicators (public; a few items, not paged).
 * Keyed by the UI language, which the client sends as Accept-Language.
 */
export const povertyStandardsQuery = (language: string) =>
  queryOptions({
    queryKey: ['self-check', 'poverty-standards', language],
    queryFn: ({ signal }) => unwrapAs<PovertyStandardList>(api.GET('/api/v1/poverty-standards', { signal })),
    staleTime: 60 * 60 * 1000,
  });

/** Keeps the previous language's standards on screen while the new ones load, so answers survive a switch. */
export const usePovertyStandards = (language: string) =>
  useQuery({ ...povertyStandardsQuery(language), placeholderData: keepPreviousData });
