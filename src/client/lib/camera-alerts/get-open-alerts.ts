import { queryOptions, useQuery } from '@tanstack/react-query';
import type { UseQueryResult } from '@tanstack/react-query';
import { z } from 'zod';
import { cameraAlert, type CameraAlert } from '../../../shared/schemas/video';
import { apiGet } from '../api-client';
import { cameraAlertKeys } from './keys';

const alertList = z.object({ items: z.array(cameraAlert) });
export type AlertList = { items: CameraAlert[] };

/** The alerts waiting for an operator, newest first; events add, fold and remove them. */
export const openAlertsQueryOptions = () =>
  queryOptions({
    queryKey: cameraAlertKeys.open(),
    queryFn: ({ signal }) => apiGet('/api/camera-alerts?state=open&limit=100', alertList, signal),
  });

export function useOpenAlerts(enabled = true): UseQueryResult<AlertList> {
  return useQuery({ ...openAlertsQueryOptions(), enabled });
}
