import { queryOptions, useQuery } from '@tanstack/react-query';
import { useAuth } from 'react-oidc-context';
import { api, unwrapAs } from '@/lib/api/client';
import type { Me } from '@/lib/api/types';

export const meQuery = () =>
  queryOptions({
    queryKey: ['me'],
    queryFn: () => unwrapAs<Me>(api.GET('/api/v1/me')),
    staleTime: 5 * 60 * 1000,
  });

/** The signed-in user's permissions and area scope (GET /api/v1/me). */
export function useMe() {
  const auth = useAuth();
  return useQuery({ ...meQuery(), enabled: auth.isAuthenticated });
}

export type Permission =
  | 'household:read'
  | 'household:write'
  | 'area:district'
  | 'audit:read'
  | (string & {});

export function hasPermission(me: Me | undefined, permission: Permission): boolean {
  return !!me?.permissions.includes(permission);
}

export function usePermission(permission: Permission): boolean {
  const { data } = useMe();
  return hasPermission(data, permission);
}
