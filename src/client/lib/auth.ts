import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UseQueryResult } from '@tanstack/react-query';
import { useCallback } from 'react';
import { z } from 'zod';
import { kioskExchangeBody } from '../../shared/schemas/kiosk';
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

/** `enabled: false` while something else is about to decide who we are (a kiosk token being exchanged). */
export function useMe(options: { enabled?: boolean } = {}): UseQueryResult<User> {
  return useQuery({ ...meQueryOptions(), enabled: options.enabled ?? true });
}

/** POST /api/auth/kiosk: a wall display's token for a read-only session (the cookie is set by the answer). */
export async function exchangeKioskToken(token: string): Promise<User> {
  return (await apiPost('/api/auth/kiosk', kioskExchangeBody.parse({ token }), meResponse)).user;
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
