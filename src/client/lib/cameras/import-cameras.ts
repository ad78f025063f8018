import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UseMutationResult } from '@tanstack/react-query';
import { apiError } from '../../../shared/schemas/common';
import {
  cameraImportResult,
  type CameraFormat,
  type CameraImportResult,
} from '../../../shared/video/camera-registry';
import { ApiError, NetworkError, ResponseShapeError } from '../api-client';
import { newIdempotencyKey } from '../idempotency-key';
import { cameraKeys } from './keys';

/** A file's format from its name: `.csv` is CSV, anything else is read as JSON. */
export function formatOf(fileName: string): CameraFormat {
  return fileName.toLowerCase().endsWith('.csv') ? 'csv' : 'json';
}

/**
 * POST /api/cameras/import?format=…: the file's text as it is (CSV as text/csv, JSON as JSON). A 400
 * names each refused row in `error.fields['rows.N']`; nothing is imported then.
 */
export async function importCameras(text: string, format: CameraFormat): Promise<CameraImportResult> {
  const path = `/api/cameras/import?format=${format}`;
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json',
        'Idempotency-Key': newIdempotencyKey(),
      },
      credentials: 'same-origin',
      body: text,
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
  const parsed = cameraImportResult.safeParse(json);
  if (!parsed.success) throw new ResponseShapeError(path, parsed.error.message);
  return parsed.data;
}

/** Row errors of a refused import, in row order: `[[3, 'gridId: no grid X'], …]`. */
export function importRowErrors(error: unknown): Array<{ row: number; reason: string }> {
  if (!(error instanceof ApiError) || !error.body.fields) return [];
  return Object.entries(error.body.fields)
    .filter(([key]) => key.startsWith('rows.'))
    .map(([key, reason]) => ({ row: Number(key.slice(5)), reason }))
    .sort((a, b) => a.row - b.row);
}

export function useImportCameras(): UseMutationResult<
  CameraImportResult,
  Error,
  { text: string; format: CameraFormat }
> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ text, format }) => importCameras(text, format),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: cameraKeys.lists() }),
  });
}
