import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrapAs } from '@/lib/api/client';
import type { BenefitProgram } from '@/lib/api/types';
import { benefitKeys } from './keys';

export const benefitProgramQuery = (code: string) =>
  queryOptions({
    queryKey: benefitKeys.program(code),
    queryFn: ({ signal }) =>
      unwrapAs<BenefitProgram>(api.GET('/api/v1/benefit-programs/{code}', { params: { path: { code } }, signal })),
    staleTime: 30 * 60 * 1000,
  });

export const useBenefitProgram = (code: string) => useQuery(benefitProgramQuery(code));
