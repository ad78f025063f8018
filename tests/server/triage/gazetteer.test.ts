import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGrids, loadVillages } from '../../../src/server/seed/geo-load';
import {
  buildGazetteer,
  labelPoint,
  LANDMARKS_FILE,
  loadLandmarks,
  loadVillageCells,
  polygonCentroid,
  searchGazetteer,
  type GazetteerEntry,
} from '../../../src/server/triage/gazetteer';
import { pointInPolygon, type Ring } from '../../../src/shared/geo/point-in-polygon';

const geoDir = join(import.meta.dirname, '../../../public/geo');
const townOutline = (
  JSON.parse(readFileSync(join(geoDir, 'yangtun_town_approx_wgs84.geojson'), 'utf8')) as {
    features: [{ geometry: { coordinates: Ring[] } }];
  }
).features[0].geometry.coordinates;

const grids = loadGrids(geoDir);
const cells = loadVillageCells(geoDir);
const landmarks = loadLandmarks();
const gazetteer = buildGazetteer({ villages: cells, grids, landmarks });

const names = (entries: GazetteerEntry[]): string[] => entries.map((e) => e.name);

describe('landmarks.json', () => {
  const raw = JSON.parse(readFileSync(LANDMARKS_FILE, 'utf8')) as { note: string; schematic: boolean };

  it('says at the top that the landmarks are schematic, and marks each one', () => {
    expect(raw.schematic).toBe(true);
    expect(raw.note).toContain('示意');
    expect(landmarks.every((l) => l.schematic)).toBe(true);
  });

  it('holds about forty landmarks with unique ids and names', () => {
    expect(landmarks.length).toBeGreaterThanOrEqual(36);
    expect(landmarks.length).toBeLessThanOrEqual(48);
    expect(new Set(landmarks.map((l) => l.id)).size).toBe(landmarks.length);
    expect(new Set(landmarks.map((l) => l.name)).size).toBe(landmarks.length);
  });

  it('puts every landmark inside the town outline', () => {
    const outside = landmarks.filter((l) => !pointInPolygon(l.lng, l.lat, townOutline));
    expect(outside.map((l) => l.name)).toEqual([]);
  });

  it('has the places a town is run from', () => {
    const all = landmarks.flatMap((l) => [l.name, ...l.aliases]).join(' ');
    for (const place of [
      '镇政府',
      '镇卫生院',
      '派出所',
      '中心小学',
      '中学',
      '农贸市场',
      '汽车站',
      '加油站',
      '敬老院',
      '便民服务中心',
    ])
      expect(all, place).toContain(place);
    expect(landmarks.filter((l) => l.kind === 'village_committee').length).toBeGreaterThanOrEqual(5);
    expect(landmarks.filter((l) => l.kind === 'bridge').length).toBeGreaterThanOrEqual(2);
    expect(landmarks.filter((l) => l.kind === 'sluice').length).toBeGreaterThanOrEqual(2);
    expect(landmarks.filter((l) => l.kind === 'embankment').length).toBeGreaterThanOrEqual(2);
  });

  it('keeps schools on the campus, the market on the market street and the embankment on the lakeside', () => {
    const gridOf = (name: string): string | undefined => gazetteer.find((e) => e.name === name)?.gridId;
    expect(gridOf('杨屯镇中心小学')).toBe('YT-ZS-03');
    expect(gridOf('杨屯中学')).toBe('YT-ZS-03');
    expect(gridOf('杨屯农贸市场')).toBe('YT-ZS-02');
    for (const l of landmarks.filter((x) => x.kind === 'embankment'))
      expect(gridOf(l.name), l.name).toBe('YT-ZS-04');
  });
});

describe('polygon centroids', () => {
  const square = (x0: number, y0: number, size: number): Ring => [
    [x0, y0],
    [x0 + size, y0],
    [x0 + size, y0 + size],
    [x0, y0 + size],
    [x0, y0],
  ];

  it('weights by area, not by vertex', () => {
    // An L of three unit squares, (0,0)-(2,1) plus (0,1)-(1,2): area centroid (5/6, 5/6), while
    // the mean of its vertices is (1, 1).
    const ell: Ring = [
      [0, 0],
      [1, 0],
      [2, 0],
      [2, 1],
      [1, 1],
      [1, 2],
      [0, 2],
      [0, 0],
    ];
    const c = polygonCentroid([ell]);
    expect(c.lng).toBeCloseTo(5 / 6, 12);
    expect(c.lat).toBeCloseTo(5 / 6, 12);
    const vertexMean = ell.slice(0, -1).reduce((s, p) => s + p[0], 0) / 7;
    expect(vertexMean).toBe(1);
  });

  it('subtracts holes whatever their winding, and ignores the outer winding', () => {
    const outer = square(0, 0, 4);
    const hole = square(2, 2, 2);
    // 16 − 4 = 12; x̄ = (16·2 − 4·3) / 12 = 5/3.
    for (const h of [hole, [...hole].reverse()])
      for (const o of [outer, [...outer].reverse()]) {
        const c = polygonCentroid([o, h]);
        expect(c.lng).toBeCloseTo(5 / 3, 12);
        expect(c.lat).toBeCloseTo(5 / 3, 12);
      }
  });

  it('moves the label point inside a bent polygon whose centroid is outside', () => {
    const u: Ring = [
      [0, 0],
      [3, 0],
      [3, 3],
      [2, 3],
      [2, 1],
      [1, 1],
      [1, 3],
      [0, 3],
      [0, 0],
    ];
    const c = polygonCentroid([u]);
    expect(pointInPolygon(c.lng, c.lat, [u])).toBe(false);
    const p = labelPoint([u]);
    expect(pointInPolygon(p.lng, p.lat, [u])).toBe(true);
  });
});

describe('buildGazetteer', () => {
  it('lists the 21 villages, the 51 grids and every landmark', () => {
    const count = (kind: GazetteerEntry['kind']): number => gazetteer.filter((e) => e.kind === kind).length;
    expect([count('village'), count('grid'), count('landmark')]).toEqual([21, 51, landmarks.length]);
  });

  it('pins every village and grid inside its own polygon', () => {
    for (const e of gazetteer.filter((x) => x.kind === 'grid')) {
      const g = grids.find((x) => x.grid_id === e.gridId)!;
      expect(pointInPolygon(e.lng, e.lat, g.geometry.coordinates), e.name).toBe(true);
    }
    for (const e of gazetteer.filter((x) => x.kind === 'village')) {
      const v = cells.find((x) => x.id === e.villageId)!;
      expect(pointInPolygon(e.lng, e.lat, v.geometry!.coordinates), e.name).toBe(true);
    }
  });

  it('labels a basic grid by its village, a specialised grid by its name', () => {
    expect(gazetteer.find((e) => e.gridId === 'YT-JC-03' && e.kind === 'grid')).toMatchObject({
      name: '杨屯社区第3网格',
      label: '杨屯社区 · 第3网格',
      villageId: 'V01',
    });
    const lakeside = gazetteer.find((e) => e.gridId === 'YT-ZS-04' && e.kind === 'grid')!;
    expect(lakeside.label).toBe('滨湖河道专业网格');
    expect(lakeside.villageId).toBeUndefined();
  });

  it('places a landmark in its grid and village', () => {
    expect(gazetteer.find((e) => e.name === '杨屯镇中心小学')).toMatchObject({
      kind: 'landmark',
      label: '杨屯社区 · 杨屯镇中心小学',
      gridId: 'YT-ZS-03',
      villageId: 'V01',
    });
  });

  it('falls back to a village point when the village has no area', () => {
    const points = loadVillages(geoDir).map((v) => ({ id: v.id, name: v.name, position: v.position }));
    const g = buildGazetteer({ villages: points, grids: [], landmarks: [] });
    expect(g.find((e) => e.villageId === 'V01')).toMatchObject({
      lat: 34.885,
      lng: 116.855,
      label: '杨屯社区',
    });
  });
});

describe('searchGazetteer', () => {
  it('puts exact matches before prefixes before substrings', () => {
    const found = searchGazetteer(gazetteer, '杨屯社区', 50);
    expect(found[0]).toMatchObject({ kind: 'village', name: '杨屯社区' });
    const firstSubstring = found.findIndex(
      (e) => !e.name.startsWith('杨屯社区') && !e.label.startsWith('杨屯社区'),
    );
    const lastPrefix = found
      .map((e) => e.name.startsWith('杨屯社区') || e.label.startsWith('杨屯社区'))
      .lastIndexOf(true);
    expect(firstSubstring === -1 || lastPrefix < firstSubstring).toBe(true);
  });

  it('finds a landmark by the name people use', () => {
    expect(searchGazetteer(gazetteer, '镇政府')[0]?.name).toBe('杨屯镇人民政府');
    expect(searchGazetteer(gazetteer, '派出所')[0]?.name).toBe('杨屯派出所');
  });

  it('ignores spaces and full-width digits', () => {
    expect(searchGazetteer(gazetteer, ' 孔庄村 第 2 网格 ')[0]?.gridId).toBe('YT-JC-08');
    expect(searchGazetteer(gazetteer, '孔庄村第２网格')[0]?.gridId).toBe('YT-JC-08');
    expect(searchGazetteer(gazetteer, '孔庄村 · 第2网格')[0]?.gridId).toBe('YT-JC-08');
  });

  it('matches inside names and honours the limit', () => {
    const grids3 = searchGazetteer(gazetteer, '第3网格', 100);
    expect(names(grids3)).toEqual(expect.arrayContaining(['杨屯社区第3网格', '西姚桥社区第3网格']));
    expect(searchGazetteer(gazetteer, '网格')).toHaveLength(10);
    expect(searchGazetteer(gazetteer, '网格', 3)).toHaveLength(3);
  });

  it('returns nothing for an empty query or an unknown place', () => {
    expect(searchGazetteer(gazetteer, '')).toEqual([]);
    expect(searchGazetteer(gazetteer, '   ')).toEqual([]);
    expect(searchGazetteer(gazetteer, '北京市')).toEqual([]);
  });
});
