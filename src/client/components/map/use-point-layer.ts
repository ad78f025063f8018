import { useEffect, useState } from 'react';
import { createPointLayer } from './point-layer';
import type { PointSpec } from './point-layer';
import { useTownMap } from './town-map-context';

/**
 * Draws `points` as keyed canvas circle markers (null hides them) and reports how many are drawn.
 * A new array diffs into the few markers that changed; unmounting removes them all.
 */
export function usePointLayer(points: readonly PointSpec[] | null, onCount?: (count: number) => void): void {
  const { stack } = useTownMap();
  const [layer] = useState(() => createPointLayer(stack));

  useEffect(
    function syncPoints() {
      if (points) layer.sync(points);
      else layer.clear();
      onCount?.(layer.count());
    },
    [layer, points, onCount],
  );

  useEffect(
    function removePointsOnUnmount() {
      return function removePoints() {
        layer.clear();
      };
    },
    [layer],
  );
}
