import { describe, expect, it } from 'vitest';
import { CANVAS_RANK, createCanvasStack } from '../../../../src/client/components/map/canvas-stack';

/** A stand-in for Leaflet's canvas: one draw list, painted first to last. */
function fakeCanvas() {
  const drawList: FakeLayer[] = [];
  class FakeLayer {
    constructor(readonly name: string) {}
    bringToFront(): void {
      const i = drawList.indexOf(this);
      if (i < 0) return;
      drawList.splice(i, 1);
      drawList.push(this);
    }
  }
  const host = {
    addLayer: (layer: FakeLayer) => drawList.push(layer),
    removeLayer: (layer: FakeLayer) => drawList.splice(drawList.indexOf(layer), 1),
  };
  return { drawList, host, layer: (name: string) => new FakeLayer(name) };
}

describe('canvas stack', () => {
  it('paints outlines under grids under markers whatever order the data arrives in', () => {
    const { drawList, host, layer } = fakeCanvas();
    const stack = createCanvasStack(host);
    stack.add(CANVAS_RANK.point, [layer('camera-1'), layer('camera-2')]);
    stack.add(CANVAS_RANK.highlight, [layer('alerting')]);
    stack.add(CANVAS_RANK.grid, [layer('grid-1')]);
    stack.add(CANVAS_RANK.context, [layer('county')]);
    expect(drawList.map((l) => l.name)).toEqual(['county', 'grid-1', 'camera-1', 'camera-2', 'alerting']);
  });

  it('moves a layer to a new rank (a camera starts alerting, then recovers)', () => {
    const { drawList, host, layer } = fakeCanvas();
    const stack = createCanvasStack(host);
    const camera = layer('camera');
    stack.add(CANVAS_RANK.point, [camera, layer('other')]);
    stack.add(CANVAS_RANK.highlight, [layer('alert-1')]);
    stack.add(CANVAS_RANK.highlight, [camera]);
    expect(drawList.map((l) => l.name)).toEqual(['other', 'alert-1', 'camera']);
    stack.add(CANVAS_RANK.point, [camera]);
    expect(drawList.map((l) => l.name)).toEqual(['other', 'camera', 'alert-1']);
    expect(stack.size()).toBe(3);
  });

  it('removes layers from the map and forgets them', () => {
    const { drawList, host, layer } = fakeCanvas();
    const stack = createCanvasStack(host);
    const grid = layer('grid');
    stack.add(CANVAS_RANK.grid, [grid]);
    stack.remove([grid]);
    stack.remove([grid]);
    expect(drawList).toEqual([]);
    expect(stack.size()).toBe(0);
  });
});
