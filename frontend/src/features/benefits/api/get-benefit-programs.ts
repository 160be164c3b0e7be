import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrapAs } from '@/lib/api/client';
import type { BenefitProgramList } from '@/lib/api/types';
import { benefitKeys } from './keys';

/** The programs of the plan with their rule packs; reference data, so kept for the session. */
export const benefitProgramsQuery = () =>
  queryOptions({
    queryKey: benefitKeys.programs(),
    queryFn: ({ signal }) => unwrapAs<BenefitProgramList>(api.GET('/api/v1/benefit-programs', { signal })),
    staleTime: 30 * 60 * 1000,
  });

export const useBenefitPrograms = (enabled = true) => useQuery({ ...benefitProgramsQuery(), enabled });
