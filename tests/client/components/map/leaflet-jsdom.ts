/**
 * jsdom has no layout and no canvas. Leaflet needs a container size to fit bounds and a 2D context
 * to draw into; these stand-ins give it both so the map's DOM side (labels, clusters, attributes,
 * hit-testing by geometry) can be tested. Nothing here checks pixels.
 */
export function stubLeafletEnvironment(size = { width: 1200, height: 800 }): () => void {
  const proto = HTMLElement.prototype;
  const widthDescriptor = Object.getOwnPropertyDescriptor(proto, 'clientWidth');
  const heightDescriptor = Object.getOwnPropertyDescriptor(proto, 'clientHeight');
  const getContext = HTMLCanvasElement.prototype.getContext;

  Object.defineProperty(proto, 'clientWidth', { configurable: true, get: () => size.width });
  Object.defineProperty(proto, 'clientHeight', { configurable: true, get: () => size.height });
  const context = new Proxy(
    {},
    {
      get: (target: Record<PropertyKey, unknown>, key) => (key in target ? target[key] : () => undefined),
      set: (target: Record<PropertyKey, unknown>, key, value) => {
        target[key] = value;
        return true;
      },
    },
  );
  HTMLCanvasElement.prototype.getContext = (() => context) as unknown as typeof getContext;

  return function restore() {
    if (widthDescriptor) Object.defineProperty(proto, 'clientWidth', widthDescriptor);
    if (heightDescriptor) Object.defineProperty(proto, 'clientHeight', heightDescriptor);
    HTMLCanvasElement.prototype.getContext = getContext;
  };
}

/** Where Leaflet placed a positioned element (marker icon, pane), in layer pixels. */
export function leafletPosition(element: Element): { x: number; y: number } {
  const pos = (element as Element & { _leaflet_pos?: { x: number; y: number } })._leaflet_pos;
  return pos ?? { x: 0, y: 0 };
}
