import { describe, expect, it } from 'vitest';
import {
  drawSlots,
  fillTemplate,
  reportFor,
  TEMPLATES,
} from '../../../src/server/simulator/category-templates';
import { createOrderGenerator, type SimSource } from '../../../src/server/simulator/order-generator';
import { createRng } from '../../../src/server/seed/prng';
import { locateGrid } from '../../../src/shared/geo/locate-grid';
import { categoryCode, type CategoryCode } from '../../../src/shared/schemas/town';
import { createWorkOrderBody } from '../../../src/shared/schemas/work-order';
import { town } from './town-fixture';

const HAN = /[\u4e00-\u9fff]/;
const LATIN = /[A-Za-z]/;
const categories = categoryCode.options;

describe('order generator: what people report', () => {
  it.each(categories)('%s: at least 6 distinct titles over 50 draws, all in Chinese', (category) => {
    const generator = createOrderGenerator({ town, seed: 11 });
    const drawn = Array.from({ length: 50 }, () => generator.draw(category));
    expect(new Set(drawn.map((d) => d.body.title)).size).toBeGreaterThanOrEqual(6);
    for (const { body } of drawn) {
      expect(body.title).toMatch(HAN);
      expect(body.description).toMatch(HAN);
      expect(`${body.title}${body.description}${body.address ?? ''}`).not.toMatch(LATIN);
      expect(body.description.length).toBeGreaterThan(body.title.length);
      expect(body.title).not.toMatch(/[{}]/);
    }
  });

  it('gives every category at least 6 scenarios whose slots all fill', () => {
    const rng = createRng(3);
    for (const category of categories) {
      const template = TEMPLATES[category];
      expect(template.scenarios.length, category).toBeGreaterThanOrEqual(6);
      const values = drawSlots(rng, template, { place: '孔庄村' });
      for (const s of template.scenarios) {
        expect(fillTemplate(s.title, values)).not.toMatch(/[{}]/);
        expect(fillTemplate(s.detail, values)).not.toMatch(/[{}]/);
        expect(fillTemplate(s.report, { n: '3' })).not.toMatch(/[{}]/);
      }
    }
  });

  it('writes valid create bodies, located in a grid except a few just outside the town', () => {
    const generator = createOrderGenerator({ town, seed: 5 });
    const drawn = Array.from({ length: 600 }, () => generator.next());
    const outside = drawn.filter((d) => locateGrid(d.body.location, town.grids).kind === 'out-of-grid');
    for (const d of drawn) createWorkOrderBody.parse(d.body);
    expect(outside.length).toBeGreaterThan(0);
    expect(outside.length / drawn.length).toBeLessThan(0.05);
    // Only callers report from across the edge; staff and cameras stand inside their grids.
    expect(outside.every((d) => d.body.source === 'hotline' || d.body.source === 'phone')).toBe(true);
    expect(new Set(drawn.map((d) => d.body.source))).toEqual(
      new Set(['hotline', 'grid_report', 'video', 'phone']),
    );
    expect(new Set(drawn.map((d) => d.category)).size).toBe(13);
  });

  it.each(categories)('%s: located inside a grid when reported from the field or a camera', (category) => {
    const generator = createOrderGenerator({ town, seed: 9 });
    for (const source of ['grid_report', 'video'] as SimSource[]) {
      for (let i = 0; i < 10; i++) {
        const d = generator.draw(category, source);
        expect(locateGrid(d.body.location, town.grids).kind, d.body.title).toBe('in-grid');
      }
    }
  });

  it('posts each source as its own user: staff only inside their own grid', () => {
    const generator = createOrderGenerator({ town, seed: 21 });
    const staffByUser = new Map(town.staff.map((s) => [`staff-${s.id.toLowerCase()}`, s]));
    for (let i = 0; i < 300; i++) {
      const { username, body } = generator.next();
      const expected: Record<string, RegExp> = {
        hotline: /^sim-hotline$/,
        video: /^sim-video$/,
        phone: /^sim-operator$/,
        grid_report: /^staff-s-yt-/,
      };
      expect(username).toMatch(expected[body.source]!);
      if (body.source === 'grid_report') {
        const member = staffByUser.get(username)!;
        expect(member.gridIds).toContain(locateGrid(body.location, town.grids).gridId);
        expect(body.category).toBeDefined();
      }
      if (body.source === 'video') expect(body.description.startsWith('视频巡查发现')).toBe(true);
      if (body.source === 'hotline') expect(body.reporter?.phone).toMatch(/^1\d{10}$/);
    }
  });

  it('has repeat callers on the hotline', () => {
    const generator = createOrderGenerator({ town, seed: 2 });
    const phones = Array.from(
      { length: 400 },
      () => generator.draw('sanitation', 'hotline').body.reporter?.phone,
    );
    expect(new Set(phones).size).toBeLessThan(phones.length * 0.9);
  });

  it('is deterministic per seed', () => {
    const take = (seed: number) => {
      const g = createOrderGenerator({ town, seed });
      return Array.from({ length: 40 }, () => g.next());
    };
    expect(take(4)).toEqual(take(4));
    expect(take(4)).not.toEqual(take(5));
  });

  it('matches the handler report to the scenario the title came from', () => {
    const rng = createRng(1);
    const digitless = (text: string): string => text.replace(/\{n\}|\d/g, '');
    for (const category of categories as ReadonlyArray<CategoryCode>) {
      const template = TEMPLATES[category];
      for (const scenario of template.scenarios) {
        const title = fillTemplate(scenario.title, drawSlots(rng, template, { place: '张街社区' }));
        expect(digitless(reportFor(rng, category, title)), title).toBe(digitless(scenario.report));
      }
    }
    expect(reportFor(rng, null, '手工录入的标题')).toMatch(/[\u4e00-\u9fff]/);
  });
});
