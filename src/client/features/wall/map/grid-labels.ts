import { divIcon, marker } from 'leaflet';
import type { LatLngTuple, Map as LeafletMap, Marker } from 'leaflet';
import { estimateTextWidth, placeLabels } from '../../../components/map/label-layout';
import type { LabelBox } from '../../../components/map/label-layout';
import type { Grid } from '../../../../shared/schemas/town';

export const LABEL_PANE = 'wallMapLabels';
/** Design px; the wall's scale multiplies them (CSS does the same through --map-scale). */
const NAME_PX = 14;
const VALUE_PX = 18;
const LINE = 1.25;

export interface GridLabel {
  gridId: string;
  marker: Marker;
  element: HTMLElement;
  name: string;
  valueText: string;
  value: HTMLElement;
  /** Larger grids keep their full label when labels collide. */
  priority: number;
}

/**
 * A label is a DOM element (crisp text at any scale) that ignores the pointer, so a click on it
 * reaches the grid polygon drawn on the canvas underneath.
 */
export function createGridLabel(grid: Grid, at: LatLngTuple, priority: number): GridLabel {
  const element = document.createElement('div');
  element.className = `wall-map-label wall-map-label--${grid.type}`;
  element.dataset.gridId = grid.grid_id;
  element.style.pointerEvents = 'none';
  const name = document.createElement('span');
  name.className = 'wall-map-label__name';
  name.textContent = grid.name;
  const value = document.createElement('span');
  value.className = 'wall-map-label__value';
  element.append(name, value);
  const icon = divIcon({ html: element, className: 'wall-map-label-anchor', iconSize: [0, 0] });
  const labelMarker = marker(at, { icon, interactive: false, keyboard: false, pane: LABEL_PANE });
  return {
    gridId: grid.grid_id,
    marker: labelMarker,
    element,
    name: grid.name,
    valueText: '',
    value,
    priority,
  };
}

export function setLabelValue(label: GridLabel, text: string, colour: string): void {
  if (label.valueText !== text) {
    label.value.textContent = text;
    label.valueText = text;
  }
  label.element.style.setProperty('--label-accent', colour);
}

/** Shows full labels where they fit and the value alone elsewhere; rerun on zoom, resize and new text. */
export function layoutGridLabels(map: LeafletMap, labels: readonly GridLabel[], scale: number): void {
  const full: LabelBox[] = [];
  const compact: LabelBox[] = [];
  for (const label of labels) {
    const { x, y } = map.latLngToLayerPoint(label.marker.getLatLng());
    const valueWidth = estimateTextWidth(label.valueText, VALUE_PX * scale);
    const nameWidth = estimateTextWidth(label.name, NAME_PX * scale);
    const pad = 4 * scale;
    full.push({
      id: label.gridId,
      x,
      y,
      width: Math.max(nameWidth, valueWidth) + pad,
      height: (NAME_PX + VALUE_PX) * LINE * scale,
      priority: label.priority,
    });
    compact.push({
      id: label.gridId,
      x,
      y,
      width: valueWidth + pad,
      height: VALUE_PX * LINE * scale,
      priority: 0,
    });
  }
  const shown = placeLabels(full, compact);
  for (const label of labels)
    label.element.classList.toggle('wall-map-label--compact', !shown.has(label.gridId));
}
