import { queryOptions, useQuery } from '@tanstack/react-query';
import type { UseQueryResult } from '@tanstack/react-query';
import { z } from 'zod';
import { listOf } from '../../../shared/schemas/common';
import { camera, staff } from '../../../shared/schemas/town';
import { apiGet } from '../api-client';
import { wallKeys } from './keys';

export const cameraList = listOf(camera);
export type CameraList = z.infer<typeof cameraList>;
export const staffList = listOf(staff);
export type StaffList = z.infer<typeof staffList>;

/** All cameras (the town has ~320; one page of 1000 holds them); patched by camera:status-changed. */
export const wallCamerasQueryOptions = () =>
  queryOptions({
    queryKey: wallKeys.cameras(),
    queryFn: ({ signal }) => apiGet('/api/cameras?limit=1000', cameraList, signal),
  });

/** All staff with their positions; patched by staff:moved. */
export const wallStaffQueryOptions = () =>
  queryOptions({
    queryKey: wallKeys.staff(),
    queryFn: ({ signal }) => apiGet('/api/staff?limit=1000', staffList, signal),
  });

export function useWallCameras(): UseQueryResult<CameraList> {
  return useQuery(wallCamerasQueryOptions());
}

export function useWallStaff(): UseQueryResult<StaffList> {
  return useQuery(wallStaffQueryOptions());
}
