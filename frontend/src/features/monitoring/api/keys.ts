export const monitoringKeys = {
  all: ['monitoring'] as const,
  rates: () => [...monitoringKeys.all, 'rates'] as const,
  coverage: () => [...monitoringKeys.all, 'coverage'] as const,
  status: (periodId?: string) => [...monitoringKeys.all, 'status', periodId ?? 'current'] as const,
  periods: () => [...monitoringKeys.all, 'periods'] as const,
  submissions: (periodId: string) => [...monitoringKeys.all, 'submissions', periodId] as const,
  submission: (id: string) => [...monitoringKeys.all, 'submission', id] as const,
  versions: (id: string) => [...monitoringKeys.all, 'versions', id] as const,
  program: () => ['program'] as const,
};
