import type { LatLng } from '../../shared/schemas/common';
import type { CategoryCode, Staff } from '../../shared/schemas/town';
import type { CreateWorkOrderBody, Priority } from '../../shared/schemas/work-order';
import type { SeedTown } from '../seed/build-town';
import { drawCallerName, drawMobile, drawPersonName } from '../seed/names';
import { rngFor, type Rng } from '../seed/prng';
import { drawSlots, fillTemplate, TEMPLATES } from './category-templates';
import { addressOf, drawPlace, drawPlaceNear, pickGrid, type Place } from './order-places';
import { PRIORITY_ORDER } from './template-types';
import { SIM_USERS, staffUsername } from './users';

export type SimSource = 'hotline' | 'grid_report' | 'video' | 'phone';

export interface DrawnOrder {
  /** The simulated user who posts it. */
  username: string;
  body: CreateWorkOrderBody;
  /** What the event really is, whether or not the body says so. */
  category: CategoryCode;
}

export interface OrderGenerator {
  next(): DrawnOrder;
  draw(category: CategoryCode, source?: SimSource): DrawnOrder;
}

const SOURCE_WEIGHTS: ReadonlyArray<readonly [SimSource, number]> = [
  ['hotline', 40],
  ['grid_report', 30],
  ['video', 15],
  ['phone', 15],
];

const CATEGORY_WEIGHTS: ReadonlyArray<readonly [CategoryCode, number]> = [
  ['sanitation', 14],
  ['city_order', 12],
  ['illegal_building', 5],
  ['safety', 8],
  ['ecology', 7],
  ['dispute', 9],
  ['public_order', 7],
  ['infrastructure', 10],
  ['livelihood', 8],
  ['agency', 7],
  ['market', 6],
  ['flood', 4],
  ['petition', 3],
];

interface Caller {
  name: string;
  phone: string;
  category: CategoryCode;
  gridId: string;
}

/** Share of hotline calls from the same few people who call again and again (重复来电). */
const REPEAT_CALLER_SHARE = 0.25;

const HOTLINE_ASKS = [
  '请相关部门尽快核实处理。',
  '希望尽快派人处理。',
  '来电人要求处理后回复。',
  '来电人情绪较急。',
];
const REPORT_ASKS = [
  '已拍照留存，请指挥中心派单处置。',
  '现场已做初步劝导，需相关部门处理。',
  '请尽快派单。',
];
const VISIT_ASKS = ['请指挥中心派单跟进。', '已做好登记，需相关部门协助办理。', '群众盼尽快答复。'];
const PHONE_LEADS = ['群众来电反映：', '群众来访反映：', '来电人称：'];

/**
 * Draws realistic new orders: who reports (12345 hotline, a grid worker in the field, a camera, a
 * call at the console), what (a category's templates with slots filled from the town), and where.
 * Pure apart from `positionOf`: the same seed gives the same sequence of orders.
 */
export function createOrderGenerator(opts: {
  town: SeedTown;
  seed: number;
  positionOf?: (staffId: string) => LatLng | null;
}): OrderGenerator {
  const { town } = opts;
  const rng = rngFor(opts.seed, 'orders');
  const callers = drawCallers(rngFor(opts.seed, 'callers'), town, 30);
  const positionOf =
    opts.positionOf ?? ((id: string) => town.staff.find((s) => s.id === id)?.position ?? null);

  const compose = (
    category: CategoryCode,
    place: Place,
    lead: string,
    tail: string,
  ): Omit<CreateWorkOrderBody, 'source'> => {
    const template = TEMPLATES[category];
    const scenario = rng.pick(template.scenarios);
    const values = drawSlots(rng, template, { place: place.placeName });
    return {
      title: fillTemplate(scenario.title, values),
      description: `${lead}${fillTemplate(scenario.detail, values)}${tail}`,
      location: place.location,
      address: addressOf(place, values['spot'] ?? ''),
    };
  };
  const priority = (category: CategoryCode): Priority =>
    rng.weighted(PRIORITY_ORDER.map((p, i) => [p, TEMPLATES[category].priorities[i]!] as const));

  const bySource: Record<SimSource, (category: CategoryCode) => DrawnOrder> = {
    hotline: (category) => {
      const caller = rng.chance(REPEAT_CALLER_SHARE) ? rng.pick(callers) : null;
      const what = caller && rng.chance(0.6) ? caller.category : category;
      const place = caller
        ? drawPlaceNear(rng, town, randomStaffSpot(rng, town, caller.gridId), caller.gridId, 300)
        : drawPlace(rng, town, what, true);
      const body = compose(what, place, '市民来电反映：', rng.pick(HOTLINE_ASKS));
      const reporter = caller ?? {
        name: rng.chance(0.6) ? drawCallerName(rng) : drawPersonName(rng),
        phone: drawMobile(rng),
      };
      // The 12345 platform classifies about half of its orders before passing them on.
      const classified = rng.chance(0.5) ? { category: what } : {};
      return {
        username: SIM_USERS.hotline,
        category: what,
        body: {
          source: 'hotline',
          ...body,
          ...classified,
          reporter: { name: reporter.name, phone: reporter.phone },
        },
      };
    },
    grid_report: (category) => {
      const member = pickReporter(rng, town, category);
      const from = positionOf(member.id) ?? member.position;
      const gridId = member.gridIds[0]!;
      const place = from
        ? drawPlaceNear(rng, town, from, gridId, 150)
        : drawPlace(rng, town, category, false);
      // What a camera could see is found on patrol; welfare and errands are heard on home visits.
      const seen = TEMPLATES[category].visible;
      const lead = seen ? '网格员巡查发现：' : '网格员入户走访了解到：';
      const body = compose(category, place, lead, rng.pick(seen ? REPORT_ASKS : VISIT_ASKS));
      // Staff set a priority now and then; otherwise the operator does when registering.
      const prioritised = rng.chance(0.4) ? { priority: priority(category) } : {};
      return {
        username: staffUsername(member.id),
        category,
        body: { source: 'grid_report', ...body, category, ...prioritised },
      };
    },
    video: (category) => {
      const camera = rng.pick(camerasFor(rng, town, category));
      const place = drawPlaceNear(rng, town, camera.location, camera.gridId, 30);
      const body = compose(category, place, `视频巡查发现：${camera.name}画面显示，`, '');
      return { username: SIM_USERS.video, category, body: { source: 'video', ...body, category } };
    },
    phone: (category) => {
      const place = drawPlace(rng, town, category, true);
      const body = compose(category, place, rng.pick(PHONE_LEADS), '');
      const reporter = rng.chance(0.7)
        ? { reporter: { name: drawCallerName(rng), phone: drawMobile(rng) } }
        : {};
      return { username: SIM_USERS.operator, category, body: { source: 'phone', ...body, ...reporter } };
    },
  };

  const sourceFor = (category: CategoryCode): SimSource => {
    const allowed = SOURCE_WEIGHTS.filter(([s]) => s !== 'video' || TEMPLATES[category].visible);
    return rng.weighted(allowed);
  };
  return {
    next: () => {
      const category = rng.weighted(CATEGORY_WEIGHTS);
      return bySource[sourceFor(category)](category);
    },
    draw: (category, source) => {
      // Cameras cannot see a pension query: such a draw falls back to another source.
      const usable =
        source && (source !== 'video' || TEMPLATES[category].visible) ? source : sourceFor(category);
      return bySource[usable](category);
    },
  };
}

/** Grid staff who report from the field: mostly grid workers, patrollers and informants. */
function pickReporter(rng: Rng, town: SeedTown, category: CategoryCode): Staff {
  const gridId = pickGrid(rng, town, category).grid_id;
  const inGrid = town.staff.filter((s) => s.onDuty && s.gridIds.includes(gridId));
  const pool = inGrid.length > 0 ? inGrid : town.staff.filter((s) => s.role === 'grid_worker');
  return rng.weighted(
    pool.map((s) => [
      s,
      s.role === 'grid_worker' ? 4 : s.role === 'patroller' || s.role === 'informant' ? 2 : 1,
    ]),
  );
}

/** Environmental cameras watch floods and pollution, enterprise ones workplaces, the rest streets. */
function camerasFor(rng: Rng, town: SeedTown, category: CategoryCode): SeedTown['cameras'] {
  const wanted =
    category === 'flood' || category === 'ecology'
      ? 'environment'
      : category === 'safety' && rng.chance(0.4)
        ? 'enterprise'
        : null;
  // A camera seeded offline sees nothing.
  const online = town.cameras.filter((c) => c.status === 'online');
  const preferred = wanted ? online.filter((c) => c.source === wanted) : [];
  return preferred.length > 0
    ? preferred
    : online.filter((c) => c.source === 'community' || c.source === 'police');
}

function randomStaffSpot(rng: Rng, town: SeedTown, gridId: string): LatLng {
  const members = town.staff.filter((s) => s.gridIds.includes(gridId) && s.position !== null);
  return rng.pick(members).position!;
}

function drawCallers(rng: Rng, town: SeedTown, count: number): Caller[] {
  const basic = town.grids.filter((g) => g.type === 'basic');
  return Array.from({ length: count }, () => ({
    name: rng.chance(0.5) ? drawCallerName(rng) : drawPersonName(rng),
    phone: drawMobile(rng),
    category: rng.weighted(CATEGORY_WEIGHTS),
    gridId: rng.pick(basic).grid_id,
  }));
}
