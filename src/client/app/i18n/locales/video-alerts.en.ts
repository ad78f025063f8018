import type { videoAlertsZhCN } from './video-alerts.zh-CN';

/** Camera alerts in English; the keys are the Chinese file's. */
export const videoAlertsEn: Record<keyof typeof videoAlertsZhCN, string> = {
  'videoAlerts.title': 'Camera alerts',
  'videoAlerts.kind.intrusion': 'Intrusion',
  'videoAlerts.kind.fire_smoke': 'Fire or smoke',
  'videoAlerts.kind.crowd': 'Crowd',
  'videoAlerts.kind.garbage': 'Dumped rubbish',
  'videoAlerts.kind.illegal_parking': 'Illegal parking',
  'videoAlerts.kind.street_vending': 'Street vending',
  'videoAlerts.kind.flooding': 'Flooding',
  'videoAlerts.kind.other': 'Other',
  'videoAlerts.at': 'raised {time}',
  'videoAlerts.repeats': '{count} times in 5 minutes',
  'videoAlerts.more': '{count} more alerts waiting',
  'videoAlerts.confirm': 'Create work order',
  'videoAlerts.dismiss': 'Dismiss (false alarm)',
  'videoAlerts.dismissReason': 'Why it is a false alarm (optional)',
  'videoAlerts.confirmed': 'Work order {number} created',
  'videoAlerts.failed': 'Failed: {message}',
  'videoAlerts.noSnapshot': 'No snapshot',
  'videoAlerts.snapshot': 'Alert snapshot of {name}',
};
