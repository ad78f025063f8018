import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UseMutationResult } from '@tanstack/react-query';
import type { OversightSettings } from '../../../shared/schemas/oversight';
import { dispatchKeys } from '../dispatch/keys';
import { apiPut } from './api-put';
import { oversightView } from './get-oversight';
import type { OversightView } from './get-oversight';
import { oversightKeys } from './keys';

/** PUT /api/admin/oversight replaces the whole settings; a 400 names each bad field in `error.fields`. */
export function putOversightSettings(settings: OversightSettings): Promise<OversightView> {
  return apiPut('/api/admin/oversight', settings, oversightView);
}

/** Saves and puts the server's answer in the cache; the dispatch desk's copy of the ladders is refetched. */
export function useSaveOversightSettings(): UseMutationResult<OversightView, Error, OversightSettings> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: putOversightSettings,
    onSuccess: (view) => {
      queryClient.setQueryData(oversightKeys.view(), view);
      void queryClient.invalidateQueries({ queryKey: dispatchKeys.oversightSettings() });
    },
  });
}
