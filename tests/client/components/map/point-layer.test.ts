import { describe, expect, it, vi } from 'vitest';
import type { CircleMarker, Path } from 'leaflet';
import type { CanvasStack } from '../../../../src/client/components/map/canvas-stack';
import { createPointLayer } from '../../../../src/client/components/map/point-layer';
import type { PointSpec } from '../../../../src/client/components/map/point-layer';

function recordingStack() {
  const added: { rank: number; layers: Path[] }[] = [];
  const removed: Path[] = [];
  const stack: CanvasStack<Path> = {
    add: (rank, layers) => void added.push({ rank, layers: [...layers] }),
    remove: (layers) => void removed.push(...layers),
    size: () => 0,
  };
  return { stack, added, removed };
}

const style = (colour: string) => ({ radius: 4, fillColor: colour });
const spec = (id: string, lat: number, overrides: Partial<PointSpec> = {}): PointSpec => ({
  id,
  lat,
  lng: 116.85,
  rank: 30,
  styleKey: 'green',
  style: style('#0f0'),
  ...overrides,
});

describe('point layer', () => {
  it('adds new points, then turns changes into the smallest set of marker calls', () => {
    const { stack, added, removed } = recordingStack();
    const layer = createPointLayer(stack);
    layer.sync([spec('a', 34.9), spec('b', 34.91), spec('c', 34.92)]);
    expect(added).toHaveLength(1);
    expect(added[0]!.layers).toHaveLength(3);
    expect(layer.count()).toBe(3);
    const [a, b, c] = added[0]!.layers as CircleMarker[];
    const spies = [a, b, c].map((m) => ({
      move: vi.spyOn(m!, 'setLatLng'),
      restyle: vi.spyOn(m!, 'setStyle'),
    }));

    // The same state again (a socket echo): nothing touched.
    layer.sync([spec('a', 34.9), spec('b', 34.91), spec('c', 34.92)]);
    expect(spies.every((s) => s.move.mock.calls.length === 0 && s.restyle.mock.calls.length === 0)).toBe(
      true,
    );
    expect(added).toHaveLength(1);

    // b moves, c changes style, a is gone.
    layer.sync([spec('b', 34.95), spec('c', 34.92, { styleKey: 'red', style: style('#f00') })]);
    expect(spies[1]!.move).toHaveBeenCalledTimes(1);
    expect(b!.getLatLng().lat).toBe(34.95);
    expect(spies[2]!.restyle).toHaveBeenCalledTimes(1);
    expect(c!.options.fillColor).toBe('#f00');
    expect(removed).toEqual([a]);
    expect(layer.count()).toBe(2);
  });

  it('moves a point to its new rank instead of re-creating it', () => {
    const { stack, added } = recordingStack();
    const layer = createPointLayer(stack);
    layer.sync([spec('cam', 34.9)]);
    const marker = added[0]!.layers[0];
    layer.sync([spec('cam', 34.9, { rank: 40 })]);
    expect(added.at(-1)).toEqual({ rank: 40, layers: [marker] });
  });

  it('draws no marker as interactive, so clicks reach the grid underneath', () => {
    const { stack, added } = recordingStack();
    createPointLayer(stack).sync([spec('a', 34.9)]);
    expect(added[0]!.layers[0]!.options.interactive).toBe(false);
  });

  it('clears everything it drew', () => {
    const { stack, added, removed } = recordingStack();
    const layer = createPointLayer(stack);
    layer.sync([spec('a', 34.9), spec('b', 34.91)]);
    layer.clear();
    expect(removed).toEqual(added[0]!.layers);
    expect(layer.count()).toBe(0);
  });
});
