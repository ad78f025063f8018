import { describe, expect, it } from 'vitest';
import {
  CLUSTER_MAX_ZOOM,
  buildOrderIndex,
  diffSignatures,
  isHotCluster,
  markerSignature,
  queryOrders,
} from '../../../../../src/client/features/wall/map/order-index';
import type { ClusterView, SingleView } from '../../../../../src/client/features/wall/map/order-index';
import { projectionFor } from '../../../../../src/client/components/map/map-projection';
import { makeMarker, makeMarkers, realGrids } from './wall-map-fakes';

const toMap = projectionFor('wgs84').toMap;
const town = { west: 116.7, south: 34.8, east: 117.05, north: 35.05 };
const represented = (views: (ClusterView | SingleView)[]): number =>
  views.reduce((sum, v) => sum + (v.kind === 'cluster' ? v.count : 1), 0);

describe('order index signatures', () => {
  const markers = [makeMarker(1), makeMarker(2)];
  const built = new Map(markers.map((m) => [m.id, markerSignature(m)]));

  it('ignores changes the map does not show (title, status, version)', () => {
    const edited = [
      { ...markers[0]!, title: 'new title', status: 'accepted' as const, version: 2 },
      markers[1]!,
    ];
    expect(diffSignatures(built, edited)).toBeNull();
  });

  it('rebuilds when an order moves, changes priority, turns overdue, arrives or closes', () => {
    const [a, b] = markers as [ReturnType<typeof makeMarker>, ReturnType<typeof makeMarker>];
    expect(diffSignatures(built, [{ ...a, location: { lat: 34.91, lng: 116.88 } }, b])).not.toBeNull();
    expect(diffSignatures(built, [{ ...a, priority: 'P1' }, b])).not.toBeNull();
    expect(diffSignatures(built, [{ ...a, overdue: true }, b])).not.toBeNull();
    expect(diffSignatures(built, [a, b, makeMarker(3)])).not.toBeNull();
    expect(diffSignatures(built, [a])).not.toBeNull();
    // Same count, different ids: one closed and another opened between two snapshots.
    expect(diffSignatures(built, [a, makeMarker(3)])?.has('wo-3')).toBe(true);
  });
});

describe('order clustering', () => {
  const markers = makeMarkers(realGrids(), 5000);
  const overdue = markers.filter((m) => m.overdue).length;

  it('represents every order exactly once at any zoom, clustered or not', () => {
    const index = buildOrderIndex(markers, toMap, 40);
    for (const zoom of [10, 12.6, 14, 16.3, CLUSTER_MAX_ZOOM + 1]) {
      expect(represented(queryOrders(index, town, zoom)), `zoom ${zoom}`).toBe(5000);
    }
  });

  it('clusters the whole town into a readable number of bubbles and splits them at high zoom', () => {
    const index = buildOrderIndex(markers, toMap, 40);
    const overview = queryOrders(index, town, 12.5);
    expect(overview.length).toBeLessThan(200);
    expect(overview.every((v) => v.kind === 'cluster')).toBe(true);
    const street = queryOrders(index, town, CLUSTER_MAX_ZOOM + 1);
    expect(street.filter((v) => v.kind === 'single')).toHaveLength(5000);
  });

  it('carries the overdue count and the most urgent priority into each cluster', () => {
    const index = buildOrderIndex(markers, toMap, 40);
    const views = queryOrders(index, town, 11);
    const clusters = views.filter((v): v is ClusterView => v.kind === 'cluster');
    const singlesOverdue = views.filter((v) => v.kind === 'single' && v.overdue).length;
    expect(clusters.reduce((sum, c) => sum + c.overdue, 0) + singlesOverdue).toBe(overdue);
    expect(clusters.some((c) => c.top === 1)).toBe(true);
  });

  it('scales its radius: a wider radius (an 8K wall at the same zoom) makes fewer bubbles', () => {
    const narrow = queryOrders(buildOrderIndex(markers, toMap, 40), town, 13);
    const wide = queryOrders(buildOrderIndex(markers, toMap, 160), town, 13);
    expect(wide.length).toBeLessThan(narrow.length);
  });

  it('indexes 5,000 orders well inside one long-task budget (200 ms)', () => {
    buildOrderIndex(markers, toMap, 40); // warm up the JIT
    const started = performance.now();
    const index = buildOrderIndex(markers, toMap, 40);
    queryOrders(index, town, 13);
    expect(performance.now() - started).toBeLessThan(200);
  });
});

describe('hot clusters', () => {
  it('pulse only where overdue orders are a real share of the bubble, not wherever there is one', () => {
    expect(isHotCluster({ count: 40, overdue: 1 })).toBe(false);
    expect(isHotCluster({ count: 40, overdue: 10 })).toBe(true);
    expect(isHotCluster({ count: 2, overdue: 1 })).toBe(true);
    expect(isHotCluster({ count: 5, overdue: 0 })).toBe(false);
  });
});
