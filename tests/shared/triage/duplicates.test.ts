import { describe, expect, it } from 'vitest';
import type { LatLng } from '../../../src/shared/schemas/common';
import {
  findDuplicates,
  haversineMetres,
  normalisePhone,
  type DuplicateCandidate,
  type DuplicateOther,
} from '../../../src/shared/triage/duplicates';

const R = 6_371_008.8;
/**
 * On the haversine sphere one degree of latitude is R·π/180 = 111 195.08 m along any meridian
 * (111 194.9 would be R = 6 371 000 m).
 */
const METRES_PER_DEGREE_LAT = (R * Math.PI) / 180;
const ORIGIN: LatLng = { lat: 34.885, lng: 116.855 };
const north = (metres: number): LatLng => ({
  lat: ORIGIN.lat + metres / METRES_PER_DEGREE_LAT,
  lng: ORIGIN.lng,
});

const T0 = '2026-05-06T10:00:00+08:00';
const later = (ms: number): string => new Date(Date.parse(T0) + ms).toISOString();
const MIN = 60_000;
const HOUR = 60 * MIN;

const candidate: DuplicateCandidate = {
  category: 'sanitation',
  location: ORIGIN,
  receivedAt: T0,
  callerPhone: '13800001111',
};

let seq = 0;
const other = (over: Partial<DuplicateOther>): DuplicateOther => {
  seq += 1;
  return {
    id: `wo-${seq}`,
    number: `YT20260506${String(seq).padStart(4, '0')}`,
    category: 'sanitation',
    location: ORIGIN,
    receivedAt: T0,
    callerPhone: null,
    status: 'registered',
    ...over,
  };
};

describe('haversineMetres', () => {
  it('measures a latitude offset as R times the angle', () => {
    expect(METRES_PER_DEGREE_LAT).toBeCloseTo(111_195.08, 2);
    expect(haversineMetres(ORIGIN, north(199))).toBeCloseTo(199, 6);
    expect(haversineMetres(ORIGIN, north(201))).toBeCloseTo(201, 6);
    expect(haversineMetres(ORIGIN, ORIGIN)).toBe(0);
  });

  it('shrinks a degree of longitude by the cosine of the latitude', () => {
    const east = { lat: ORIGIN.lat, lng: ORIGIN.lng + 0.01 };
    expect(haversineMetres(ORIGIN, east)).toBeCloseTo(
      0.01 * METRES_PER_DEGREE_LAT * Math.cos((ORIGIN.lat * Math.PI) / 180),
      0,
    );
  });
});

describe('findDuplicates: same category nearby', () => {
  it('flags 199 m and ignores 201 m', () => {
    const near = other({ location: north(199), receivedAt: later(30 * MIN) });
    const far = other({ location: north(201), receivedAt: later(30 * MIN) });
    const found = findDuplicates(candidate, [near, far]);
    expect(found.map((m) => m.id)).toEqual([near.id]);
    expect(found[0]).toMatchObject({ reasons: ['nearby-same-category'], minutesApart: 30 });
    expect(found[0]!.distanceM).toBeCloseTo(199, 6);
  });

  it('flags 1 h 59 min either way and ignores 2 h 01 min, the window itself included', () => {
    const before = other({ receivedAt: later(-(HOUR + 59 * MIN)) });
    const after = other({ receivedAt: later(HOUR + 59 * MIN) });
    const edge = other({ receivedAt: later(2 * HOUR) });
    const outside = other({ receivedAt: later(2 * HOUR + MIN) });
    const found = findDuplicates(candidate, [before, after, edge, outside]);
    expect(found.map((m) => m.id).sort()).toEqual([before.id, after.id, edge.id].sort());
    expect(found.find((m) => m.id === edge.id)?.minutesApart).toBe(120);
  });

  it('needs the same category and both locations', () => {
    const otherCategory = other({ category: 'city_order' });
    const noLocation = other({ location: null });
    expect(findDuplicates(candidate, [otherCategory, noLocation])).toEqual([]);
    expect(findDuplicates({ ...candidate, category: null }, [other({ category: null })])).toEqual([]);
  });

  it('honours a custom radius and window', () => {
    const o = other({ location: north(450), receivedAt: later(5 * HOUR) });
    expect(findDuplicates(candidate, [o])).toEqual([]);
    expect(findDuplicates(candidate, [o], { radiusM: 500, windowMs: 6 * HOUR })).toHaveLength(1);
  });
});

describe('findDuplicates: same caller', () => {
  it('flags the same caller even for another category and place', () => {
    const o = other({
      category: 'dispute',
      location: null,
      callerPhone: '13800001111',
      receivedAt: later(-3 * HOUR),
    });
    expect(findDuplicates(candidate, [o])).toEqual([
      { id: o.id, number: o.number, reasons: ['same-caller'], distanceM: null, minutesApart: 180 },
    ]);
  });

  it('matches however the number was typed', () => {
    for (const typed of ['+86 138-0000-1111', '0086 138 0000 1111', '138 0000 1111', '+8613800001111'])
      expect(
        findDuplicates(candidate, [other({ category: 'market', callerPhone: typed })]),
        typed,
      ).toHaveLength(1);
    expect(findDuplicates(candidate, [other({ category: 'market', callerPhone: '13800001112' })])).toEqual(
      [],
    );
  });

  it('keeps an open order at any age, a closed one for 24 h only', () => {
    const openOld = other({
      category: 'market',
      callerPhone: '13800001111',
      receivedAt: later(-72 * HOUR),
      status: 'in_progress',
    });
    const closedRecent = other({
      category: 'market',
      callerPhone: '13800001111',
      receivedAt: later(-23 * HOUR),
      status: 'closed',
    });
    const closedOld = other({
      category: 'market',
      callerPhone: '13800001111',
      receivedAt: later(-25 * HOUR),
      status: 'closed',
    });
    const ids = findDuplicates(candidate, [openOld, closedRecent, closedOld]).map((m) => m.id);
    expect(ids.sort()).toEqual([openOld.id, closedRecent.id].sort());
  });

  it('never matches two unknown callers', () => {
    expect(normalisePhone(null)).toBeNull();
    expect(normalisePhone(' - ')).toBeNull();
    expect(normalisePhone('+86 138-0000-1111')).toBe('13800001111');
    const o = other({ category: 'market', callerPhone: null });
    expect(findDuplicates({ ...candidate, callerPhone: null }, [o])).toEqual([]);
  });
});

describe('findDuplicates: what is left out and the order', () => {
  it('skips the candidate itself and rejected or merged orders', () => {
    const self = other({ id: 'wo-self' });
    const rejected = other({ status: 'rejected', callerPhone: '13800001111' });
    const merged = other({ status: 'merged', callerPhone: '13800001111' });
    expect(findDuplicates({ ...candidate, id: 'wo-self' }, [self, rejected, merged])).toEqual([]);
  });

  it('still offers a closed order nearby within the window', () => {
    expect(findDuplicates(candidate, [other({ status: 'closed', location: north(50) })])).toHaveLength(1);
  });

  it('ranks both reasons first, then nearby by distance, then the caller', () => {
    const callerOnly = other({ category: 'market', callerPhone: '13800001111' });
    const nearFar = other({ location: north(150) });
    const nearClose = other({ location: north(20) });
    const both = other({ location: north(180), callerPhone: '138 0000 1111' });
    const found = findDuplicates(candidate, [callerOnly, nearFar, nearClose, both]);
    expect(found.map((m) => m.id)).toEqual([both.id, nearClose.id, nearFar.id, callerOnly.id]);
    expect(found[0]!.reasons).toEqual(['nearby-same-category', 'same-caller']);
  });
});
