import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UseMutationResult } from '@tanstack/react-query';
import { camera, type Camera } from '../../../shared/schemas/town';
import { apiError } from '../../../shared/schemas/common';
import { ApiError, NetworkError, ResponseShapeError } from '../api-client';
import { newIdempotencyKey } from '../idempotency-key';
import { cameraKeys } from './keys';

/** DELETE /api/cameras/:id?expectedVersion=N (apiRequest speaks only GET and POST). */
export async function deleteCamera(id: string, version: number): Promise<Camera> {
  const path = `/api/cameras/${encodeURIComponent(id)}?expectedVersion=${version}`;
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'DELETE',
      headers: { Accept: 'application/json', 'Idempotency-Key': newIdempotencyKey() },
      credentials: 'same-origin',
    });
  } catch (cause) {
    throw new NetworkError(cause);
  }
  const json: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const parsed = apiError.safeParse(json);
    throw new ApiError(
      response.status,
      parsed.success ? parsed.data.error : { code: `http_${response.status}`, message: response.statusText },
    );
  }
  const parsed = camera.safeParse(json);
  if (!parsed.success) throw new ResponseShapeError(path, parsed.error.message);
  return parsed.data;
}

export function useDeleteCamera(): UseMutationResult<Camera, Error, { id: string; version: number }> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }) => deleteCamera(id, version),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: cameraKeys.lists() }),
  });
}
