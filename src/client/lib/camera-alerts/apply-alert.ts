import type { CameraAlert } from '../../../shared/schemas/video';
import type { AlertList } from './get-open-alerts';

/**
 * The open-alert list after an alert event, pure: a strictly newer `version` wins; an open alert is
 * added or replaced (newest lastAt first), a handled one leaves the list; unchanged input returns
 * the same reference.
 */
export function applyAlert(cached: AlertList | undefined, alert: CameraAlert): AlertList | undefined {
  if (cached === undefined) return cached;
  const current = cached.items.find((a) => a.id === alert.id);
  if (current && current.version >= alert.version) return cached;
  const rest = cached.items.filter((a) => a.id !== alert.id);
  if (alert.state !== 'open') return current ? { ...cached, items: rest } : cached;
  const items = [alert, ...rest].sort((a, b) => Date.parse(b.lastAt) - Date.parse(a.lastAt));
  return { ...cached, items };
}
