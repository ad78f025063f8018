import { z } from 'zod';
import { isoTime, latLng } from './common';
import { categoryCode } from './town';
import { priority, workOrderSource, workOrderStatus } from './work-order';

/**
 * What the wall (大屏) reads besides the reference lists. Every figure is defined in
 * src/shared/wall/summary.ts, so that a test can recount it from the REST lists.
 */
export const wallKpis = z.object({
  /** Orders created since local (Asia/Shanghai) midnight. */
  receivedToday: z.number().int(),
  /** Open orders past the 待受理 queue: registered … verified. */
  inProgress: z.number().int(),
  /** Open orders whose running stage (签收 or 处置) is red: past its due. */
  overdue: z.number().int(),
  /** Orders closed since local midnight. */
  closedToday: z.number().int(),
  /** Resolution stages settled today: met today on time / (met today + open past due); null when none. */
  onTimeRate: z.number().nullable(),
  /** Orders closed today with a rating: (satisfied + ½ basically satisfied) / rated; null when none. */
  satisfactionRate: z.number().nullable(),
  camerasOnline: z.number().int(),
  camerasTotal: z.number().int(),
  staffOnDuty: z.number().int(),
  staffTotal: z.number().int(),
  /** Cards of the ledger whose order is still open. */
  redCards: z.number().int(),
  yellowCards: z.number().int(),
});
export type WallKpis = z.infer<typeof wallKpis>;

export const unitRef = z.object({ kind: z.string(), id: z.string() });

export const wallSummary = z.object({
  at: isoTime,
  /** The event log position the figures include (every event up to it). */
  asOfSeq: z.number().int(),
  kpis: wallKpis,
  /** The duty leader (值班领导) on the roster now, as set at /admin; null when nobody is rostered. */
  dutyLeader: z.string().nullable(),
  /** Orders created today by category (null: not yet categorised). */
  byCategoryToday: z.array(z.object({ category: categoryCode.nullable(), count: z.number().int() })),
  /** The last 24 whole hours and the current one: `hours[i]` starts bucket i; one series per source. */
  trend24h: z.object({
    hours: z.array(isoTime),
    series: z.array(z.object({ source: workOrderSource, counts: z.array(z.number().int()) })),
  }),
  /** Open orders per village (every village, zeros included). */
  loadByVillage: z.array(z.object({ villageId: z.string(), open: z.number().int() })),
  /** On-time resolution today by responsible department or squad (the KPI's rule). */
  onTimeByDepartment: z.array(
    z.object({
      departmentId: z.string(),
      onTime: z.number().int(),
      total: z.number().int(),
      rate: z.number().nullable(),
    }),
  ),
  /** Orders per status: open ones now, closed/rejected/merged ones today. */
  pipeline: z.array(z.object({ status: workOrderStatus, count: z.number().int() })),
  /** Per grid, the measures the map can colour by. */
  grids: z.array(
    z.object({
      gridId: z.string(),
      open: z.number().int(),
      overdue: z.number().int(),
      redCards: z.number().int(),
      onTimeRate: z.number().nullable(),
    }),
  ),
  /** Active cards (order still open) by responsible unit, most red first. */
  cardsByUnit: z.array(z.object({ unit: unitRef, red: z.number().int(), yellow: z.number().int() })),
});
export type WallSummary = z.infer<typeof wallSummary>;

/** One open order as a map marker: the few fields the wall's map and grid panel need. */
export const wallMarker = z.object({
  id: z.string(),
  number: z.string(),
  title: z.string(),
  priority: priority.nullable(),
  status: workOrderStatus,
  category: categoryCode.nullable(),
  gridId: z.string().nullable(),
  location: latLng,
  overdue: z.boolean(),
  version: z.number().int(),
});
export type WallMarker = z.infer<typeof wallMarker>;
export const wallMarkers = z.object({ asOfSeq: z.number().int(), items: z.array(wallMarker) });
export type WallMarkers = z.infer<typeof wallMarkers>;

export const mapMeasure = z.enum(['open', 'red', 'onTime']);
export type MapMeasure = z.infer<typeof mapMeasure>;
export const wallScene = z.enum(['overview', 'map', 'ranking', 'video']);
export type WallScene = z.infer<typeof wallScene>;

/** The roster entry the wall's header shows: PUT /api/wall/duty by the centre. */
export const dutyRoster = z.object({ leader: z.string().trim().min(1).max(40).nullable() });
export type DutyRoster = z.infer<typeof dutyRoster>;
