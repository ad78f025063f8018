import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { UseMutationResult } from '@tanstack/react-query';
import { listOf } from '../../../shared/schemas/common';
import { issuedKioskToken, kioskToken, kioskTokenIssueBody } from '../../../shared/schemas/kiosk';
import type { IssuedKioskToken, KioskToken } from '../../../shared/schemas/kiosk';
import { apiGet, apiPost } from '../api-client';
import type { AppQueryOptions } from '../query-options';

export const kioskTokenKeys = {
  all: ['admin', 'kiosk-tokens'] as const,
  list: () => [...kioskTokenKeys.all, 'list'] as const,
};

const tokenList = listOf(kioskToken);

/** The wall kiosk tokens (never their secrets); admin only. */
export function kioskTokensQueryOptions(): AppQueryOptions<
  KioskToken[],
  ReturnType<typeof kioskTokenKeys.list>
> {
  return queryOptions({
    queryKey: kioskTokenKeys.list(),
    queryFn: async ({ signal }) => (await apiGet('/api/admin/kiosk-tokens', tokenList, signal)).items,
  });
}

/** POST /api/admin/kiosk-tokens: the answer's `path` (`/wall?token=…`) is the only time the URL exists. */
export function useIssueKioskToken(): UseMutationResult<IssuedKioskToken, Error, string> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name) =>
      apiPost('/api/admin/kiosk-tokens', kioskTokenIssueBody.parse({ name }), issuedKioskToken),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: kioskTokenKeys.all }),
  });
}

export function useRevokeKioskToken(): UseMutationResult<KioskToken, Error, string> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id) => apiPost(`/api/admin/kiosk-tokens/${encodeURIComponent(id)}/revoke`, {}, kioskToken),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: kioskTokenKeys.all }),
  });
}
