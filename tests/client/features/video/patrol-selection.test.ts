import { describe, expect, it } from 'vitest';
import {
  formatSelection,
  parseSelection,
  selectCameras,
} from '../../../../src/client/features/video/patrol-selection';
import { parseVideoParams } from '../../../../src/client/features/video/video-params';
import { makeCameras } from './camera-fixtures';

const cameras = makeCameras(10);
const grids = [
  { grid_id: 'YT-JC-01', village_id: 'V01' },
  { grid_id: 'YT-JC-02', village_id: 'V02' },
];

describe('patrol selection', () => {
  it('parses and formats town, grid, village and group', () => {
    for (const raw of ['town', 'grid:YT-JC-01', 'village:V01', 'group:东门一线']) {
      expect(formatSelection(parseSelection(raw))).toBe(raw);
    }
    expect(parseSelection('grid:')).toEqual({ kind: 'town' });
    expect(parseSelection('cctv:1')).toEqual({ kind: 'town' });
    expect(parseSelection(null)).toEqual({ kind: 'town' });
  });

  it('selects a grid’s, a village’s or a group’s cameras', () => {
    expect(selectCameras({ kind: 'town' }, cameras, grids, [])).toHaveLength(10);
    expect(selectCameras({ kind: 'grid', id: 'YT-JC-01' }, cameras, grids, []).map((c) => c.id)).toEqual(
      cameras.filter((c) => c.gridId === 'YT-JC-01').map((c) => c.id),
    );
    expect(
      selectCameras({ kind: 'village', id: 'V02' }, cameras, grids, []).every((c) => c.gridId === 'YT-JC-02'),
    ).toBe(true);
    const groups = [{ name: 'g', cameraIds: ['CAM-0007', 'CAM-9999', 'CAM-0002'] }];
    expect(selectCameras({ kind: 'group', id: 'g' }, cameras, grids, groups).map((c) => c.id)).toEqual([
      'CAM-0007',
      'CAM-0002',
    ]);
  });
});

describe('video params', () => {
  it('defaults to 9 tiles and 30 s, running only when a patrol is asked for', () => {
    expect(parseVideoParams('', { runByDefault: false })).toEqual({
      layout: 9,
      selection: { kind: 'town' },
      intervalMs: 30_000,
      running: false,
    });
    expect(parseVideoParams('?patrol=grid:YT-JC-01&interval=5', { runByDefault: false })).toMatchObject({
      selection: { kind: 'grid', id: 'YT-JC-01' },
      intervalMs: 5000,
      running: true,
    });
    expect(parseVideoParams('?paused=1', { runByDefault: true }).running).toBe(false);
  });

  it('clamps the interval to 5–300 s; only intervalMs (tests) goes lower', () => {
    expect(parseVideoParams('?interval=1', { runByDefault: true }).intervalMs).toBe(5000);
    expect(parseVideoParams('?interval=900', { runByDefault: true }).intervalMs).toBe(300_000);
    expect(parseVideoParams('?intervalMs=2000', { runByDefault: true }).intervalMs).toBe(2000);
    expect(parseVideoParams('?layout=16', { runByDefault: true }).layout).toBe(16);
    expect(parseVideoParams('?layout=6', { runByDefault: true }).layout).toBe(9);
  });
});
