import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UseMutationResult } from '@tanstack/react-query';
import { camera, type Camera, type CameraInput } from '../../../shared/schemas/town';
import { apiPost } from '../api-client';
import { apiPut } from '../admin/api-put';
import { cameraKeys } from './keys';

/** A create (POST /api/cameras) or an edit of the version the form was opened on (PUT /api/cameras/:id). */
export type CameraSave =
  { kind: 'create'; input: CameraInput } | { kind: 'edit'; input: CameraInput; version: number };

export function saveCamera(save: CameraSave): Promise<Camera> {
  if (save.kind === 'create') return apiPost('/api/cameras', save.input, camera);
  const { id, ...fields } = save.input;
  return apiPut(
    `/api/cameras/${encodeURIComponent(id)}`,
    { ...fields, expectedVersion: save.version },
    camera,
  );
}

/** The socket patches the lists too; refetching here covers a filter the camera now falls in or out of. */
export function useSaveCamera(): UseMutationResult<Camera, Error, CameraSave> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveCamera,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: cameraKeys.lists() }),
  });
}
