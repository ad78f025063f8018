import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UseMutationResult } from '@tanstack/react-query';
import {
  mapLayersImportError,
  mapLayersImportResult,
  type LayerIssue,
  type MapLayersImportResult,
} from '../../../shared/geo/layer-import';
import { ApiError, NetworkError, ResponseShapeError } from '../api-client';
import { newIdempotencyKey } from '../idempotency-key';

/** The server refused the layers (400) and said exactly why, feature by feature. */
export class LayerIssuesError extends Error {
  constructor(readonly issues: LayerIssue[]) {
    super(`${issues.length} problem(s) in the layers`);
    this.name = 'LayerIssuesError';
  }
}

const PATH = '/api/admin/map-layers';

/**
 * POST /api/admin/map-layers. Its own fetch rather than apiPost: the refusal carries `error.issues`,
 * which the generic error body (code, message, fields) would drop.
 */
export async function postMapLayers(layers: {
  villages: unknown;
  grids: unknown;
}): Promise<MapLayersImportResult> {
  let response: Response;
  try {
    response = await fetch(PATH, {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        'Idempotency-Key': newIdempotencyKey(),
      },
      credentials: 'same-origin',
      body: JSON.stringify(layers),
    });
  } catch (cause) {
    throw new NetworkError(cause);
  }
  const json: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const parsed = mapLayersImportError.safeParse(json);
    if (parsed.success && parsed.data.error.issues?.length)
      throw new LayerIssuesError(parsed.data.error.issues);
    throw new ApiError(
      response.status,
      parsed.success ? parsed.data.error : { code: `http_${response.status}`, message: response.statusText },
    );
  }
  const parsed = mapLayersImportResult.safeParse(json);
  if (!parsed.success) throw new ResponseShapeError(PATH, parsed.error.message);
  return parsed.data;
}

/** Imports, then refetches everything: grids, villages and their names appear on every screen. */
export function useImportMapLayers(): UseMutationResult<
  MapLayersImportResult,
  Error,
  { villages: unknown; grids: unknown }
> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: postMapLayers,
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
