import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrapAs } from '@/lib/api/client';
import type { AuditEventPage } from '@/lib/api/types';
import type { paths } from '@/lib/api/schema';

export type AuditEventQuery = NonNullable<paths['/api/v1/audit-events']['get']['parameters']['query']>;

export const auditEventsQuery = (query: AuditEventQuery) =>
  queryOptions({
    queryKey: ['audit-events', query],
    queryFn: ({ signal }) => unwrapAs<AuditEventPage>(api.GET('/api/v1/audit-events', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });

export const useAuditEvents = (query: AuditEventQuery) => useQuery(auditEventsQuery(query));
