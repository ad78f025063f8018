import { describe, expect, it } from 'vitest';
import type { CameraAlert } from '../../../src/shared/schemas/video';
import { ALERT_CATEGORY, alertKind, folded, foldInto } from '../../../src/shared/video/alert-rules';

const alert = (over: Partial<CameraAlert> = {}): CameraAlert => ({
  id: 'AL-1',
  cameraId: 'CAM-0001',
  cameraName: '杨屯社区第1网格-小区东门-01',
  cameraSource: 'community',
  gridId: 'YT-JC-01',
  type: 'fire_smoke',
  firstAt: '2026-11-28T08:00:00.000Z',
  lastAt: '2026-11-28T08:00:00.000Z',
  count: 1,
  snapshotPhotoId: 'p1',
  state: 'open',
  workOrderId: null,
  handledBy: null,
  handledAt: null,
  version: 1,
  ...over,
});

describe('camera alert rules', () => {
  it('[AL1] folds a repeat within 5 minutes of the latest alert, whatever its state', () => {
    expect(foldInto(alert(), '2026-11-28T08:05:00.000Z')?.id).toBe('AL-1');
    expect(foldInto(alert({ state: 'dismissed' }), '2026-11-28T08:04:59.000Z')?.id).toBe('AL-1');
    expect(foldInto(alert({ state: 'confirmed' }), '2026-11-28T08:01:00.000Z')?.id).toBe('AL-1');
  });

  it('[AL2] raises a new alert after the window, or for a camera without one', () => {
    expect(foldInto(alert(), '2026-11-28T08:05:00.001Z')).toBeNull();
    expect(foldInto(null, '2026-11-28T08:00:00.000Z')).toBeNull();
  });

  it('[AL3] folds an out-of-order repeat without moving lastAt back', () => {
    const base = alert({ lastAt: '2026-11-28T08:03:00.000Z' });
    expect(foldInto(base, '2026-11-28T08:01:00.000Z')).toBe(base);
    const next = folded(base, '2026-11-28T08:01:00.000Z', 'p2');
    expect(next).toMatchObject({
      count: 2,
      lastAt: '2026-11-28T08:03:00.000Z',
      snapshotPhotoId: 'p1',
      version: 2,
    });
  });

  it('counts a repeat and keeps its newer snapshot', () => {
    const next = folded(alert(), '2026-11-28T08:02:00.000Z', 'p2');
    expect(next).toMatchObject({
      count: 2,
      lastAt: '2026-11-28T08:02:00.000Z',
      snapshotPhotoId: 'p2',
      version: 2,
    });
    expect(folded(alert(), '2026-11-28T08:02:00.000Z', null).snapshotPhotoId).toBe('p1');
  });

  it('normalises type names and files unknown ones as other', () => {
    expect(alertKind('Fire-Smoke')).toBe('fire_smoke');
    expect(alertKind(' illegal parking ')).toBe('illegal_parking');
    expect(alertKind('ufo')).toBe('other');
    expect(ALERT_CATEGORY[alertKind('flooding')]).toBe('flood');
  });
});
