import type { CameraFormat } from '../../../shared/video/camera-registry';

/**
 * GET /api/cameras/export?format=…: a plain link the browser downloads (the server names the file
 * with Content-Disposition), so a 10,000-camera export never passes through the page's memory.
 */
export function camerasExportUrl(format: CameraFormat): string {
  return `/api/cameras/export?format=${format}`;
}
