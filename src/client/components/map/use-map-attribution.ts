import { useEffect, useState } from 'react';
import { control } from 'leaflet';
import type { Map as LeafletMap } from 'leaflet';

/** Leaflet sets attribution as HTML; ours is data from the server, so it goes in as text. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** One attribution control for the map's life; its text is swapped when the layers change. */
export function useMapAttribution(map: LeafletMap, lines: readonly string[], scale: number): void {
  const [attribution] = useState(() => control.attribution({ prefix: false, position: 'bottomright' }));
  const html = lines
    .filter((line) => line.trim() !== '')
    .map(escapeHtml)
    .join(' · ');

  useEffect(
    function addAttributionControl() {
      attribution.addTo(map);
      return function removeAttributionControl() {
        attribution.remove();
      };
    },
    [attribution, map],
  );

  useEffect(
    function showAttributionText() {
      if (html === '') return undefined;
      attribution.addAttribution(html);
      return function hideAttributionText() {
        attribution.removeAttribution(html);
      };
    },
    [attribution, html],
  );

  useEffect(
    function scaleAttribution() {
      const element = attribution.getContainer();
      if (element) element.style.fontSize = `${14 * scale}px`;
    },
    [attribution, map, scale],
  );
}
