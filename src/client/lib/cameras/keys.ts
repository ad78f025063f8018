/** Query keys of the camera registry at /admin; the realtime bridge patches and refetches these. */
export interface CameraFilters {
  q?: string;
  grid?: string;
  source?: string;
  village?: string;
}

export const cameraKeys = {
  all: ['cameras'] as const,
  lists: () => [...cameraKeys.all, 'list'] as const,
  list: (filters: CameraFilters) => [...cameraKeys.lists(), filters] as const,
};
