import { useEffect, useEffectEvent, useRef } from 'react';
import { polygon } from 'leaflet';
import type { Path, Polygon } from 'leaflet';
import type { MapLayers } from '../../../shared/schemas/map';
import { CANVAS_RANK } from './canvas-stack';
import { OUTLINE_KINDS, outlineStyle, toLatLngRings } from './outline-style';
import type { OutlineKind } from './outline-style';
import type { TownMapValue } from './town-map-context';

interface Drawn {
  kind: OutlineKind;
  path: Polygon;
}

/** County, neighbours, town and village areas under everything else, drawn once per import. */
export function useOutlineLayers(
  layers: MapLayers | undefined,
  { stack, projection, scale }: TownMapValue,
): void {
  const drawn = useRef<Drawn[]>([]);
  const styleFor = useEffectEvent((kind: OutlineKind) => outlineStyle(kind, scale));

  useEffect(
    function drawOutlines() {
      if (!layers) return undefined;
      const paths = OUTLINE_KINDS.flatMap((kind, i) =>
        layers[kind].features.map((feature) => ({
          kind,
          rank: CANVAS_RANK.context + i,
          path: polygon(toLatLngRings(feature.geometry, projection), styleFor(kind)),
        })),
      );
      for (const { rank, path } of paths) stack.add(rank, [path]);
      drawn.current = paths;
      return function removeOutlines() {
        stack.remove(paths.map(({ path }): Path => path));
        drawn.current = [];
      };
    },
    [layers, projection, stack],
  );

  useEffect(
    function restyleOutlines() {
      for (const { kind, path } of drawn.current) path.setStyle(outlineStyle(kind, scale));
    },
    [scale],
  );
}
