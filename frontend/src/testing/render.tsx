import type { ReactElement, ReactNode } from 'react';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { theme } from '@/app/theme';
import type { Me } from '@/lib/api/types';

export const officerMe: Me = {
  username: 'xa.thuongphuoc1',
  displayName: 'Cán bộ xã Thường Phước 1',
  jobRoles: ['commune-officer'],
  permissions: ['household:read', 'household:write', 'review:assess', 'review:approve'],
  scope: 'COMMUNE',
  communeCode: '29956',
};

export const districtMe: Me = {
  username: 'huyen.lan',
  displayName: 'Nguyễn Thị Lan',
  jobRoles: ['district-officer'],
  permissions: [
    'household:read',
    'household:write',
    'area:district',
    'audit:read',
    'review:assess',
    'review:approve',
    'review:consolidate',
  ],
  scope: 'DISTRICT',
};

export const auditorMe: Me = {
  username: 'kiemtra.mttq',
  displayName: 'Kiểm tra MTTQ',
  jobRoles: ['auditor'],
  permissions: ['household:read', 'area:district', 'audit:read', 'benefit:read'],
  scope: 'DISTRICT',
};

export function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{`${location.pathname}${location.search}`}</output>;
}

export function renderWithProviders(
  ui: ReactElement,
  { route = '/', path = '/', me }: { route?: string; path?: string; me?: Me } = {},
) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  if (me) queryClient.setQueryData(['me'], me);
  const router = createMemoryRouter(
    [
      {
        path,
        element: (
          <>
            {ui}
            <LocationProbe />
          </>
        ),
      },
      { path: '*', element: <LocationProbe /> },
    ],
    { initialEntries: [route] },
  );
  const Wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <MantineProvider theme={theme}>{children}</MantineProvider>
    </QueryClientProvider>
  );
  return { ...render(<RouterProvider router={router} />, { wrapper: Wrapper }), router, queryClient };
}
