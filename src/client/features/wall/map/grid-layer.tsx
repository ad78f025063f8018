import { useEffect, useEffectEvent, useRef } from 'react';
import { layerGroup } from 'leaflet';
import { CANVAS_RANK } from '../../../components/map/canvas-stack';
import type { Position } from '../../../components/map/label-point';
import { ensurePane } from '../../../components/map/panes';
import { useTownMap } from '../../../components/map/town-map-context';
import type { Grid } from '../../../../shared/schemas/town';
import { LABEL_PANE, layoutGridLabels, setLabelValue } from './grid-labels';
import { buildGridShapes } from './grid-shapes';
import type { GridShape } from './grid-shapes';
import type { MapLayerKey } from './map-layer-keys';
import { gridStyle } from './marker-style';
import type { GridMeasureRow, MeasureScale } from './measure-scale';

export interface GridLayerProps {
  grids: readonly Grid[];
  /** Label points by grid id (WGS84), from gridLabelAnchors. */
  anchors: ReadonlyMap<string, Position>;
  colours: MeasureScale;
  rows: ReadonlyMap<string, GridMeasureRow>;
  selectedId: string | null;
  visible: boolean;
  onGridClick: (gridId: string) => void;
  onDrawn: (layer: MapLayerKey, count: number) => void;
}

/**
 * The grids as canvas polygons filled by the chosen measure, each with a DOM label at its pole of
 * inaccessibility. Shapes are built when the grids (or the datum) change; a new summary, measure
 * or selection only restyles them.
 */
export function GridLayer({
  grids,
  anchors,
  colours,
  rows,
  selectedId,
  visible,
  onGridClick,
  onDrawn,
}: GridLayerProps): null {
  const { map, stack, projection, scale } = useTownMap();
  const drawn = useRef<GridShape[]>([]);

  const relayout = useEffectEvent((): void => {
    layoutGridLabels(
      map,
      drawn.current.map((entry) => entry.label),
      scale,
    );
  });
  const paint = useEffectEvent((): void => {
    for (const { grid, shape, label } of drawn.current) {
      const value = colours.value(rows.get(grid.grid_id));
      const fill = colours.colour(value);
      shape.setStyle(gridStyle(grid.type, fill, grid.grid_id === selectedId, scale));
      setLabelValue(label, colours.format(value), fill);
    }
    relayout();
  });
  const handleClick = useEffectEvent((gridId: string) => onGridClick(gridId));
  const reportDrawn = useEffectEvent((count: number) => onDrawn('grids', count));

  useEffect(
    function drawGrids() {
      if (!visible) {
        reportDrawn(0);
        return undefined;
      }
      // Above the cluster bubbles (markers, 600), where Leaflet puts tooltips: names stay readable.
      ensurePane(map, LABEL_PANE, 650);
      const entries = buildGridShapes(grids, anchors, projection);
      for (const { grid, shape } of entries) shape.on('click', () => handleClick(grid.grid_id));
      const labels = layerGroup(entries.map((entry) => entry.label.marker));
      stack.add(
        CANVAS_RANK.grid,
        entries.filter((e) => e.grid.type === 'basic').map((e) => e.shape),
      );
      stack.add(
        CANVAS_RANK.grid + 1,
        entries.filter((e) => e.grid.type !== 'basic').map((e) => e.shape),
      );
      labels.addTo(map);
      drawn.current = entries;
      paint();
      reportDrawn(entries.length);
      const onZoom = (): void => relayout();
      map.on('zoomend resize', onZoom);
      return function removeGrids() {
        map.off('zoomend resize', onZoom);
        for (const entry of entries) entry.shape.off();
        stack.remove(entries.map((entry) => entry.shape));
        labels.remove();
        drawn.current = [];
        reportDrawn(0);
      };
    },
    [anchors, grids, map, projection, stack, visible],
  );

  useEffect(
    function restyleGrids() {
      paint();
    },
    [colours, rows, selectedId, scale],
  );

  return null;
}
