import { useCallback, useMemo, useState } from 'react';
import type { CSSProperties, ReactElement } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useT } from '../../../app/i18n/i18n';
import { boundsOfPolygons } from '../../../components/map/geo-bounds';
import type { GeoBounds } from '../../../components/map/geo-bounds';
import type { PolygonRings, Position } from '../../../components/map/label-point';
import { TownMap } from '../../../components/map/town-map';
import { useThrottledValue } from '../../../components/map/use-throttled-value';
import { gridsQueryOptions } from '../../../lib/reference';
import { useMapLayers } from '../../../lib/wall/get-map-layers';
import { useWallCameras, useWallStaff } from '../../../lib/wall/get-wall-entities';
import { useWallMarkers } from '../../../lib/wall/get-wall-markers';
import { useWallSummary } from '../../../lib/wall/get-wall-summary';
import type { MapLayers } from '../../../../shared/schemas/map';
import type { Camera, Grid, Staff } from '../../../../shared/schemas/town';
import type { MapMeasure, WallMarker } from '../../../../shared/schemas/wall';
import { GridLayer } from './grid-layer';
import { GridPanel } from './grid-panel';
import { gridLabelAnchors } from './grid-shapes';
import { buildGridPanel } from './grid-panel-model';
import { LayerSwitches } from './layer-switches';
import { ALL_LAYERS_ON } from './map-layer-keys';
import type { LayerVisibility, MapLayerKey } from './map-layer-keys';
import { MapLegend } from './map-legend';
import { buildMeasureScale } from './measure-scale';
import { OrderLayer } from './order-layer';
import { CameraLayer, StaffLayer } from './point-layers';
import './wall-map.css';
import './wall-map-panels.css';

export interface WallMapProps {
  /** What the grids are coloured by. */
  measure: MapMeasure;
  /** CSS px per design px (design 1920×1080): radii, strokes and text are multiplied by it. */
  scale: number;
  /** A grid's panel opened (its id) or closed (null). */
  onGridOpen?: (gridId: string | null) => void;
}

/** Socket events patch the caches one by one; the map takes the latest state twice a second. */
const REDRAW_MS = 500;
const NO_GRIDS: Grid[] = [];
const NO_CAMERAS: Camera[] = [];
const NO_STAFF: Staff[] = [];
const NO_MARKERS: WallMarker[] = [];
const NO_ANCHORS: Position[] = [];
const NO_COUNTS: Record<MapLayerKey, number> = { grids: 0, cameras: 0, orders: 0, staff: 0 };

function areaRings(layers: MapLayers | undefined): PolygonRings[] {
  return (layers?.town.features ?? []).flatMap((feature) =>
    feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates,
  );
}

/**
 * The wall's town map: grids coloured by `measure`, cameras, clustered orders and staff on duty,
 * layer switches, a legend and a grid panel. It fills its parent box; whatever data has arrived
 * is drawn (the outlines may be missing while their route is not there).
 */
export function WallMap({ measure, scale, onGridOpen }: WallMapProps): ReactElement {
  const t = useT();
  const layers = useMapLayers().data;
  const grids = useQuery(gridsQueryOptions()).data?.items ?? NO_GRIDS;
  const summary = useWallSummary().data;
  const cameras = useThrottledValue(useWallCameras().data?.items ?? NO_CAMERAS, REDRAW_MS);
  const staff = useThrottledValue(useWallStaff().data?.items ?? NO_STAFF, REDRAW_MS);
  const markers = useThrottledValue(useWallMarkers().data?.items ?? NO_MARKERS, REDRAW_MS);

  const [visible, setVisible] = useState<LayerVisibility>(ALL_LAYERS_ON);
  const [counts, setCounts] = useState(NO_COUNTS);
  const [openGridId, setOpenGridId] = useState<string | null>(null);

  const rows = useMemo(() => new Map((summary?.grids ?? []).map((row) => [row.gridId, row])), [summary]);
  const colours = useMemo(() => buildMeasureScale(measure, summary?.grids ?? []), [measure, summary]);
  const fitTo = useMemo<GeoBounds | null>(
    () =>
      boundsOfPolygons(grids.map((grid) => grid.geometry.coordinates)) ?? boundsOfPolygons(areaRings(layers)),
    [grids, layers],
  );
  const anchors = useMemo(() => gridLabelAnchors(grids), [grids]);
  const keepClear = useMemo(() => [...anchors.values()], [anchors]);
  const openGrid = openGridId ? grids.find((grid) => grid.grid_id === openGridId) : undefined;
  const panel = useMemo(
    () => (openGridId ? buildGridPanel(openGridId, { staff, markers, cameras }) : null),
    [openGridId, staff, markers, cameras],
  );

  const handleDrawn = useCallback((layer: MapLayerKey, count: number) => {
    setCounts((previous) => (previous[layer] === count ? previous : { ...previous, [layer]: count }));
  }, []);
  const handleGridClick = useCallback(
    (gridId: string) => {
      setOpenGridId(gridId);
      onGridOpen?.(gridId);
    },
    [onGridOpen],
  );
  const handleClose = useCallback(() => {
    setOpenGridId(null);
    onGridOpen?.(null);
  }, [onGridOpen]);

  const style = { '--map-scale': String(scale) } as CSSProperties;
  return (
    <div
      className="wall-map"
      style={style}
      role="region"
      aria-label={t('wallMap.label')}
      data-testid="wall-map"
      data-grids={counts.grids}
      data-cameras={counts.cameras}
      data-orders={counts.orders}
      data-staff={counts.staff}
    >
      <TownMap
        layers={layers}
        fitTo={fitTo}
        syntheticGrids={grids.some((grid) => grid.synthetic)}
        scale={scale}
      >
        <GridLayer
          grids={grids}
          anchors={anchors}
          colours={colours}
          rows={rows}
          selectedId={openGrid ? openGridId : null}
          visible={visible.grids}
          onGridClick={handleGridClick}
          onDrawn={handleDrawn}
        />
        <CameraLayer items={cameras} visible={visible.cameras} onDrawn={handleDrawn} />
        <StaffLayer items={staff} visible={visible.staff} onDrawn={handleDrawn} />
        <OrderLayer
          markers={markers}
          keepClear={visible.grids ? keepClear : NO_ANCHORS}
          visible={visible.orders}
          onDrawn={handleDrawn}
        />
      </TownMap>
      <LayerSwitches value={visible} onChange={setVisible} />
      <MapLegend colours={colours} />
      {openGrid && panel ? (
        <GridPanel grid={openGrid} row={rows.get(openGrid.grid_id)} model={panel} onClose={handleClose} />
      ) : null}
    </div>
  );
}
