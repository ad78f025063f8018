import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UseMutationResult } from '@tanstack/react-query';
import { apiPost } from '../api-client';
import { oversightView } from './get-oversight';
import type { OversightView } from './get-oversight';
import { oversightKeys } from './keys';

/**
 * POST /api/admin/calendars with a year's schedule in the bundled 2026 file's shape. The body is sent
 * as the administrator gave it: the server's validation is the one that counts and its 400 is shown.
 */
export function postCalendar(year: unknown): Promise<OversightView> {
  return apiPost('/api/admin/calendars', year, oversightView);
}

export function useImportCalendar(): UseMutationResult<OversightView, Error, unknown> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: postCalendar,
    onSuccess: (view) => queryClient.setQueryData(oversightKeys.view(), view),
  });
}
