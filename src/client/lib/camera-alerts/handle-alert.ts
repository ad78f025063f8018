import { useMutation, type UseMutationResult } from '@tanstack/react-query';
import { z } from 'zod';
import { cameraAlert, type CameraAlert } from '../../../shared/schemas/video';
import { workOrder, type Priority, type WorkOrder } from '../../../shared/schemas/work-order';
import { apiPost } from '../api-client';

const confirmed = z.object({ alert: cameraAlert, workOrder });

export interface ConfirmInput {
  alert: CameraAlert;
  title?: string;
  priority?: Priority;
}

/** 生成工单: files the alert as a work order; the list updates from the alert's event. */
export function useConfirmAlert(): UseMutationResult<
  { alert: CameraAlert; workOrder: WorkOrder },
  Error,
  ConfirmInput
> {
  return useMutation({
    mutationFn: ({ alert, title, priority }: ConfirmInput) =>
      apiPost(
        `/api/camera-alerts/${encodeURIComponent(alert.id)}/confirm`,
        {
          expectedVersion: alert.version,
          ...(title ? { title } : {}),
          ...(priority ? { priority } : {}),
        },
        confirmed,
      ),
  });
}

/** 忽略: a false alarm, logged with its reason. */
export function useDismissAlert(): UseMutationResult<
  CameraAlert,
  Error,
  { alert: CameraAlert; reason?: string }
> {
  return useMutation({
    mutationFn: ({ alert, reason }: { alert: CameraAlert; reason?: string }) =>
      apiPost(
        `/api/camera-alerts/${encodeURIComponent(alert.id)}/dismiss`,
        { expectedVersion: alert.version, ...(reason ? { reason } : {}) },
        cameraAlert,
      ),
  });
}
