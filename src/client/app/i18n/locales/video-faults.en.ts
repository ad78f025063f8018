import type { VideoFaultsMessageKey } from './video-faults.zh-CN';

/** Strings of the camera fault section at /admin, in English; typed against video-faults.zh-CN.ts. */
export const videoFaultsEn: Record<VideoFaultsMessageKey, string> = {
  'videoFaults.title': 'Camera faults (simulator)',
  'videoFaults.hint':
    'Make a built-in simulated camera go offline, freeze, answer slowly or flap, for demos and tests; clear to restore it.',
  'videoFaults.search': 'Find a camera (id or name)',
  'videoFaults.searchPlaceholder': 'e.g. CAM-0001 or junction',
  'videoFaults.camera': 'Camera',
  'videoFaults.pick': 'Choose a camera',
  'videoFaults.fault': 'Fault',
  'videoFaults.fault.offline': 'Offline',
  'videoFaults.fault.frozen': 'Frozen picture',
  'videoFaults.fault.slow': 'Slow',
  'videoFaults.fault.flapping': 'Flapping',
  'videoFaults.apply': 'Inject fault',
  'videoFaults.clear': 'Clear',
  'videoFaults.current': 'Faults in force',
  'videoFaults.empty': 'No faults: every simulated camera is healthy.',
  'videoFaults.colSince': 'Since',
  'videoFaults.colBy': 'Set by',
  'videoFaults.colActions': 'Actions',
  'videoFaults.noMatch': 'No camera matches',
  'videoFaults.done': '{camera}: {fault}',
  'videoFaults.cleared': '{camera}: fault cleared',
};
