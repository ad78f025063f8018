import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTown, type SeedTown } from '../../../src/server/seed/build-town';
import { inGrid } from '../../../src/server/seed/geo-sample';
import { locateGrid } from '../../../src/shared/geo/locate-grid';
import {
  camera,
  category,
  department,
  grid,
  staff,
  staffRoleCodes,
  town as townSchema,
  village,
} from '../../../src/shared/schemas/town';

const geoDir = join(import.meta.dirname, '../../../public/geo');
const seeded: SeedTown = buildTown({ geoDir, seed: 1 });

describe('buildTown: the structure of 杨屯镇', () => {
  it('has the town, its 21 villages and 51 grids (47 basic + 4 specialised)', () => {
    expect(seeded.town).toEqual({
      code: '320322102',
      name: '杨屯镇',
      county: '沛县',
      seat: { lat: 34.885, lng: 116.855 },
      areaKm2: 87.6,
    });
    expect(seeded.villages).toHaveLength(21);
    expect(seeded.grids).toHaveLength(51);
    const basic = seeded.grids.filter((g) => g.type === 'basic');
    const specialised = seeded.grids.filter((g) => g.type === 'specialised');
    expect(basic).toHaveLength(47);
    expect(basic.map((g) => g.grid_id)).toContain('YT-JC-47');
    expect(specialised.map((g) => g.subtype).sort()).toEqual(['industrial', 'lakeside', 'market', 'school']);
    expect(specialised.every((g) => g.village_id === null && g.village === null)).toBe(true);
    const villageIds = new Set(seeded.villages.map((v) => v.id));
    expect(basic.every((g) => g.village_id !== null && villageIds.has(g.village_id))).toBe(true);
  });

  it('shows unnamed placeholder villages as 待核实, never as a bare question mark', () => {
    expect(seeded.villages.some((v) => v.kind === '?')).toBe(false);
    expect(seeded.villages.filter((v) => v.kind === '待核实')).toHaveLength(5);
  });

  it('validates every item against its schema', () => {
    townSchema.parse(seeded.town);
    for (const v of seeded.villages) village.parse(v);
    for (const g of seeded.grids) grid.parse(g);
    for (const d of seeded.departments) department.parse(d);
    for (const c of seeded.categories) category.parse(c);
    for (const s of seeded.staff) staff.parse(s);
    for (const c of seeded.cameras) camera.parse(c);
  });

  it('is the same town for the same seed, and other people for another seed', () => {
    expect(buildTown({ geoDir, seed: 1 })).toEqual(seeded);
    const other = buildTown({ geoDir, seed: 2 });
    expect(other.grids).toEqual(seeded.grids);
    expect(other.staff.map((s) => s.name)).not.toEqual(seeded.staff.map((s) => s.name));
  });
});

describe('buildTown: staff (一长六员)', () => {
  it('has at least 280 staff with unique ids, names and mobile numbers', () => {
    expect(seeded.staff.length).toBeGreaterThanOrEqual(280);
    for (const key of ['id', 'name', 'phone'] as const) {
      expect(new Set(seeded.staff.map((s) => s[key])).size).toBe(seeded.staff.length);
    }
    expect(seeded.staff.every((s) => /^1[3-9]\d{9}$/.test(s.phone))).toBe(true);
    expect(seeded.staff.every((s) => /^[\u4e00-\u9fff]{2,3}$/.test(s.name))).toBe(true);
  });

  it('gives every basic grid all seven roles, and every specialised grid a worker and an inspector', () => {
    for (const g of seeded.grids) {
      const roles = new Set(seeded.staff.filter((s) => s.gridIds.includes(g.grid_id)).map((s) => s.role));
      const expected = g.type === 'basic' ? staffRoleCodes : (['grid_worker', 'inspector'] as const);
      for (const role of expected) expect(roles, `${g.grid_id} ${role}`).toContain(role);
    }
  });

  it('keeps the staff the demo users link to findable by id', () => {
    const byId = new Map(seeded.staff.map((s) => [s.id, s]));
    expect(byId.get('S-YT-JC-01-grid_worker')).toMatchObject({ role: 'grid_worker', gridIds: ['YT-JC-01'] });
    expect(byId.get('S-YT-JC-01-inspector')).toMatchObject({ role: 'inspector', gridIds: ['YT-JC-01'] });
  });

  it('has a Party share between 68 % and 74 %', () => {
    const share = seeded.staff.filter((s) => s.partyMember).length / seeded.staff.length;
    expect(share).toBeGreaterThanOrEqual(0.68);
    expect(share).toBeLessThanOrEqual(0.74);
  });

  it('places every staff member inside their grid, mostly on duty', () => {
    const grids = new Map(seeded.grids.map((g) => [g.grid_id, g]));
    for (const s of seeded.staff) {
      expect(s.position, s.id).not.toBeNull();
      expect(inGrid(s.position!, grids.get(s.gridIds[0]!)!), s.id).toBe(true);
    }
    const onDuty = seeded.staff.filter((s) => s.onDuty).length / seeded.staff.length;
    expect(onDuty).toBeGreaterThan(0.8);
  });
});

describe('buildTown: cameras', () => {
  it('has at least 300 cameras from all four sources, mostly online', () => {
    expect(seeded.cameras.length).toBeGreaterThanOrEqual(300);
    const bySource = new Map<string, number>();
    for (const c of seeded.cameras) bySource.set(c.source, (bySource.get(c.source) ?? 0) + 1);
    expect([...bySource.keys()].sort()).toEqual(['community', 'enterprise', 'environment', 'police']);
    const offline = seeded.cameras.filter((c) => c.status === 'offline').length;
    expect(offline).toBeGreaterThan(0);
    expect(offline / seeded.cameras.length).toBeLessThan(0.1);
    expect(seeded.cameras.some((c) => c.ptz)).toBe(true);
  });

  it('places each camera inside its own grid, where the grid lookup finds it again', () => {
    const grids = new Map(seeded.grids.map((g) => [g.grid_id, g]));
    for (const c of seeded.cameras) {
      expect(inGrid(c.location, grids.get(c.gridId)!), c.id).toBe(true);
      expect(locateGrid(c.location, seeded.grids).gridId, c.id).toBe(c.gridId);
    }
  });

  it('puts enterprise cameras mostly in the industrial park and environmental ones by the lake', () => {
    const subtype = new Map(seeded.grids.map((g) => [g.grid_id, g.subtype]));
    const share = (source: string, where: string): number => {
      const of = seeded.cameras.filter((c) => c.source === source);
      return of.filter((c) => subtype.get(c.gridId) === where).length / of.length;
    };
    expect(share('enterprise', 'industrial')).toBeGreaterThan(0.5);
    expect(share('environment', 'lakeside')).toBeGreaterThan(0.5);
  });

  it('numbers cameras CAM-0001… with simulated stream and snapshot URLs and readable names', () => {
    seeded.cameras.forEach((c, i) => {
      expect(c.id).toBe(`CAM-${String(i + 1).padStart(4, '0')}`);
      expect(c.streams).toEqual({
        sub: { hls: `/sim/hls/${c.id}/index.m3u8`, codec: 'h264', width: 640, height: 360 },
      });
      expect(c.health).toEqual({ kind: 'mediamtx', url: '/sim/v3/paths/list', path: c.id });
      expect(c.snapshotUrl).toBe(`/sim/snapshot/${c.id}.jpg`);
      expect(c.version).toBe(1);
    });
    expect(seeded.cameras[0]!.name).toMatch(/^杨屯社区第1网格-[\u4e00-\u9fff]+-01$/);
  });
});
