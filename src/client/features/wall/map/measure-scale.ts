import type { MapMeasure, WallSummary } from '../../../../shared/schemas/wall';

export type GridMeasureRow = WallSummary['grids'][number];

/** A grid with no figure (on-time rate with nothing due, or not in the summary yet). */
export const NO_DATA_COLOUR = '#3a4a60';

/**
 * Colour stops per measure, low → high value, chosen for a dark background: few open orders fade
 * into the panel blue, many burn orange; red cards start from a neutral tone so a grid with none
 * does not look alarming; on-time runs red (low, bad) → amber → green (high, good).
 */
const STOPS: Record<MapMeasure, readonly string[]> = {
  open: ['#173a63', '#2a7fc4', '#f5c342', '#ff6a3d'],
  red: ['#1c3048', '#8c2f39', '#e5484d', '#ff8a80'],
  onTime: ['#e5484d', '#f5a524', '#f5d742', '#2fbf71'],
};

export interface MeasureScale {
  measure: MapMeasure;
  /** Legend range; counts start at 0, the rate spans 0–1. */
  min: number;
  max: number;
  /** Colour stops from min to max, for the legend's gradient. */
  stops: readonly string[];
  value(row: GridMeasureRow | undefined): number | null;
  colour(value: number | null): string;
  /** Short text for labels and the legend: a count, a percentage or an em dash. */
  format(value: number | null): string;
}

function valueOf(measure: MapMeasure, row: GridMeasureRow | undefined): number | null {
  if (!row) return null;
  if (measure === 'open') return row.open;
  if (measure === 'red') return row.redCards;
  return row.onTimeRate;
}

export function buildMeasureScale(measure: MapMeasure, rows: readonly GridMeasureRow[]): MeasureScale {
  const stops = STOPS[measure];
  let max = 1;
  if (measure !== 'onTime') for (const row of rows) max = Math.max(max, valueOf(measure, row) ?? 0);
  return {
    measure,
    min: 0,
    max,
    stops,
    value: (row) => valueOf(measure, row),
    colour: (value) => {
      if (value === null) return NO_DATA_COLOUR;
      // One red card is already a finding: it jumps off the neutral tone instead of tinting it.
      if (measure === 'red' && value > 0)
        return interpolate(stops.slice(1), max > 1 ? (value - 1) / (max - 1) : 1);
      return interpolate(stops, clamp01(value / max));
    },
    format: (value) => {
      if (value === null) return '—';
      return measure === 'onTime' ? `${Math.round(value * 100)}%` : String(value);
    },
  };
}

const clamp01 = (x: number): number => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

/** Linear interpolation in sRGB between evenly spaced stops; enough for a legend people read by eye. */
export function interpolate(stops: readonly string[], t: number): string {
  const first = stops[0] ?? NO_DATA_COLOUR;
  if (stops.length < 2) return first;
  const position = clamp01(t) * (stops.length - 1);
  const i = Math.min(stops.length - 2, Math.floor(position));
  const a = hexToRgb(stops[i] ?? first);
  const b = hexToRgb(stops[i + 1] ?? first);
  const f = position - i;
  return rgbToHex(a.map((channel, k) => channel + ((b[k] ?? channel) - channel) * f));
}

function hexToRgb(hex: string): number[] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function rgbToHex(rgb: number[]): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}
