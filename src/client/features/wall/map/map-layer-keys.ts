/** The wall map's switchable layers, in the order the switches show them. */
export const MAP_LAYER_KEYS = ['grids', 'cameras', 'orders', 'staff'] as const;
export type MapLayerKey = (typeof MAP_LAYER_KEYS)[number];
export type LayerVisibility = Record<MapLayerKey, boolean>;

export const ALL_LAYERS_ON: LayerVisibility = { grids: true, cameras: true, orders: true, staff: true };
