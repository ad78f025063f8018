import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTown } from '../../../src/server/seed/build-town';
import { CATEGORIES } from '../../../src/server/seed/categories';
import { DEPARTMENT_UNITS, squadForVillage } from '../../../src/server/seed/departments';
import { categoryCode } from '../../../src/shared/schemas/town';

const seeded = buildTown({ geoDir: join(import.meta.dirname, '../../../public/geo'), seed: 1 });

describe('departments (二办六局一中心 and stationed units)', () => {
  it('is the seed list of DESIGN §2 with its codes and kinds', () => {
    const kinds = (kind: string): string[] =>
      DEPARTMENT_UNITS.filter((d) => d.kind === kind).map((d) => d.id);
    expect(kinds('office')).toEqual(['party_gov_office', 'party_building_office']);
    expect(kinds('bureau')).toEqual([
      'economy',
      'social_affairs',
      'approval',
      'enforcement',
      'finance',
      'planning_env',
    ]);
    expect(kinds('centre')).toEqual(['command_center']);
    expect(kinds('squad')).toEqual(['enf_1', 'enf_2', 'enf_3']);
    expect(kinds('stationed')).toHaveLength(11);
    expect(DEPARTMENT_UNITS.find((d) => d.id === 'enforcement')?.name).toBe('综合执法局');
    expect(DEPARTMENT_UNITS.find((d) => d.id === 'enf_1')?.name).toBe('第一中队');
  });

  it('gives each enforcement squad a district; together the districts hold all 21 villages once', () => {
    const squads = seeded.departments.filter((d) => d.kind === 'squad');
    expect(squads.every((s) => s.parentId === 'enforcement' && s.villageIds.length > 0)).toBe(true);
    const all = squads.flatMap((s) => s.villageIds);
    expect(new Set(all).size).toBe(all.length);
    expect([...all].sort()).toEqual(seeded.villages.map((v) => v.id).sort());
    // The first squad covers the seat (杨屯社区, V01): the handler demo user works there.
    expect(squadForVillage(seeded.departments, 'V01')?.id).toBe('enf_1');
    expect(seeded.departments.filter((d) => d.kind !== 'squad').every((d) => d.villageIds.length === 0)).toBe(
      true,
    );
  });
});

describe('categories (事件类别)', () => {
  it('lists the 13 codes of the schema, each with a Chinese name, examples and default unit', () => {
    expect(CATEGORIES.map((c) => c.code).sort()).toEqual([...categoryCode.options].sort());
    for (const c of CATEGORIES) {
      expect(c.name).toMatch(/^[\u4e00-\u9fff]+$/);
      expect(c.examples.length).toBeGreaterThan(0);
      expect(c.defaultUnit).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('routes each category to its default department, the grid team handling sanitation', () => {
    const route = Object.fromEntries(CATEGORIES.map((c) => [c.code, c.defaultDepartmentId]));
    expect(route).toEqual({
      sanitation: null,
      city_order: 'enforcement',
      illegal_building: 'enforcement',
      safety: 'safety',
      ecology: 'ecology',
      dispute: 'judicial',
      public_order: 'police',
      infrastructure: 'planning_env',
      livelihood: 'social_affairs',
      agency: 'approval',
      market: 'market',
      flood: 'water',
      petition: 'petition',
    });
    const ids = new Set(seeded.departments.map((d) => d.id));
    for (const c of CATEGORIES) if (c.defaultDepartmentId) expect(ids).toContain(c.defaultDepartmentId);
  });
});
