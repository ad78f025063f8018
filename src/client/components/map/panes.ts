import type { Map as LeafletMap } from 'leaflet';

/**
 * Leaflet's own panes: tiles 200, overlay (our one canvas) 400, markers 600. DOM layers that must
 * sit between the canvas and the markers (labels, pulses) get a pane of their own.
 */
export function ensurePane(map: LeafletMap, name: string, zIndex: number): HTMLElement {
  const pane = map.getPane(name) ?? map.createPane(name);
  pane.style.zIndex = String(zIndex);
  // Clicks fall through to the canvas below, where the grids are hit-tested.
  pane.style.pointerEvents = 'none';
  return pane;
}
