import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UseQueryResult } from '@tanstack/react-query';
import { useCallback } from 'react';
import { z } from 'zod';
import { user } from '../../shared/schemas/user';
import type { User } from '../../shared/schemas/user';
import { apiGet, apiPost } from './api-client';
import type { AppQueryOptions } from './query-options';

export const authKeys = {
  me: ['auth', 'me'] as const,
};

export const meResponse = z.object({ user });

export function meQueryOptions(): AppQueryOptions<User, typeof authKeys.me> {
  return queryOptions({
    queryKey: authKeys.me,
    queryFn: async ({ signal }): Promise<User> => (await apiGet('/api/auth/me', meResponse, signal)).user,
  });
}

export function useMe(): UseQueryResult<User> {
  return useQuery(meQueryOptions());
}

/** Ends the session and drops every cached answer, so the next user starts from nothing. */
export function useLogout(): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    try {
      await apiPost('/api/auth/logout', {}, z.unknown());
    } finally {
      queryClient.clear();
    }
  }, [queryClient]);
}
