import { describe, expect, it } from 'vitest';
import { stageFor } from '../../../../src/client/features/wall/use-stage';
import { nextScene, parseWallParams } from '../../../../src/client/features/wall/wall-params';

describe('stageFor', () => {
  it('fills a 16:9 screen exactly at its real size', () => {
    expect(stageFor(3840, 2160)).toEqual({ scale: 2, width: 3840, height: 2160, left: 0, top: 0 });
    expect(stageFor(1280, 720)).toMatchObject({ width: 1280, height: 720, left: 0, top: 0 });
  });

  it('letterboxes a wide wall: full height, centred', () => {
    expect(stageFor(5760, 1080)).toEqual({ scale: 1, width: 1920, height: 1080, left: 1920, top: 0 });
    expect(stageFor(2560, 1080)).toEqual({ scale: 1, width: 1920, height: 1080, left: 320, top: 0 });
  });

  it('pillarboxes a tall screen: full width, centred', () => {
    expect(stageFor(1920, 1440)).toEqual({ scale: 1, width: 1920, height: 1080, left: 0, top: 180 });
  });
});

describe('parseWallParams', () => {
  it('opens on the overview with no rotation by default', () => {
    expect(parseWallParams('')).toMatchObject({ scene: null, rotate: false, measure: 'open', name: null });
  });

  it('the video scene is a scene of its own, and in the rotation', () => {
    expect(parseWallParams('?scene=video')).toMatchObject({ scene: 'video', rotate: false });
    expect(nextScene('ranking')).toBe('video');
    expect(nextScene('video')).toBe('overview');
  });

  it('a fixed scene stops rotation; rotate=1 alone rotates', () => {
    expect(parseWallParams('?scene=map&rotate=1')).toMatchObject({ scene: 'map', rotate: false });
    expect(parseWallParams('?rotate=1&rotateSec=30')).toMatchObject({
      scene: null,
      rotate: true,
      rotateSeconds: 30,
    });
  });

  it('ignores unknown values and clamps numbers', () => {
    expect(parseWallParams('?scene=cctv&measure=heat&rotateSec=1&heapLimitMb=abc')).toMatchObject({
      scene: null,
      measure: 'open',
      rotateSeconds: 10,
      heapLimitMb: 600,
    });
    expect(parseWallParams('?measure=onTime&name=%E4%B8%80%E6%A5%BC%E5%A4%A7%E5%B1%8F')).toMatchObject({
      measure: 'onTime',
      name: '一楼大屏',
    });
  });

  it('rotates overview → map → ranking → video → overview', () => {
    expect([nextScene('overview'), nextScene('map'), nextScene('ranking'), nextScene('video')]).toEqual([
      'map',
      'ranking',
      'video',
      'overview',
    ]);
  });
});
