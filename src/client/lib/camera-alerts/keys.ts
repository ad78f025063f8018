/** Query keys of camera alerts; the realtime bridge patches the open list from events. */
export const cameraAlertKeys = {
  all: ['camera-alerts'] as const,
  open: () => [...cameraAlertKeys.all, 'open'] as const,
};
