import { describe, expect, it } from 'vitest';
import { uptimeReport, UPTIME_WINDOW_MS } from '../../../src/server/services/camera-uptime';

const nowMs = Date.parse('2026-11-28T12:00:00+08:00');
const hoursAgo = (h: number): string => new Date(nowMs - h * 3600_000).toISOString();

describe('camera uptime over 24 h', () => {
  it('counts online and alerting as up, from the status when the window opened', () => {
    const [item] = uptimeReport({
      cameras: [{ id: 'C1', status: 'online' }],
      before: [{ cameraId: 'C1', status: 'online', at: hoursAgo(30) }],
      within: [
        { cameraId: 'C1', status: 'offline', at: hoursAgo(12) }, // down 6 h
        { cameraId: 'C1', status: 'alerting', at: hoursAgo(6) },
        { cameraId: 'C1', status: 'online', at: hoursAgo(3) },
      ],
      nowMs,
    });
    expect(item).toEqual({
      cameraId: 'C1',
      status: 'online',
      uptimePercent24h: 75,
      lastChangeAt: hoursAgo(3),
    });
  });

  it('a camera that never changed has had its current status all along', () => {
    const report = uptimeReport({
      cameras: [
        { id: 'UP', status: 'online' },
        { id: 'DOWN', status: 'offline' },
      ],
      before: [],
      within: [],
      nowMs,
    });
    expect(report.map((r) => [r.cameraId, r.uptimePercent24h, r.lastChangeAt])).toEqual([
      ['UP', 100, null],
      ['DOWN', 0, null],
    ]);
  });

  it('without earlier history, a camera was the opposite of its first change', () => {
    const [item] = uptimeReport({
      cameras: [{ id: 'C2', status: 'frozen' }],
      before: [],
      within: [{ cameraId: 'C2', status: 'frozen', at: hoursAgo(6) }],
      nowMs,
    });
    expect(item!.uptimePercent24h).toBe(75);
    expect(UPTIME_WINDOW_MS).toBe(86_400_000);
  });
});
