import type { CategoryCode } from '../../shared/schemas/town';
import type { Rng } from '../seed/prng';
import type { CategoryTemplate, Scenario } from './template-types';
import { CITY_TEMPLATES } from './templates-city';
import { HAZARD_TEMPLATES } from './templates-hazard';
import { PEOPLE_TEMPLATES } from './templates-people';

export const TEMPLATES: Readonly<Record<CategoryCode, CategoryTemplate>> = {
  ...CITY_TEMPLATES,
  ...HAZARD_TEMPLATES,
  ...PEOPLE_TEMPLATES,
};

/** Landmarks of any village (东门, 菜市场, 村委会, 小学, 湖堤 …) for categories without their own. */
export const COMMON_SPOTS: ReadonlyArray<string> = [
  '东门',
  '西门',
  '菜市场',
  '村委会',
  '小学',
  '幼儿园',
  '文化广场',
  '卫生室',
  '桥头',
  '十字路口',
  '超市门口',
  '健身广场',
  '党群服务中心',
  '公交站台',
  '老街',
  '河边',
  '排灌站',
  '村东头',
  '村西头',
  '小区门口',
];

/** When something happened or was noticed, as callers say it. */
export const TIMES: ReadonlyArray<string> = [
  '今天上午',
  '今天早上',
  '昨天晚上',
  '昨晚十点多',
  '凌晨两点左右',
  '中午',
  '傍晚',
  '这两天',
  '最近一周',
  '前天',
];

/**
 * One value per slot for one order, drawn once so that a title and its description speak of the same
 * place, landmark and thing.
 */
export function drawSlots(
  rng: Rng,
  template: CategoryTemplate,
  fixed: Readonly<Record<string, string>>,
): Record<string, string> {
  const values: Record<string, string> = {
    spot: rng.pick(template.slots['spot'] ?? COMMON_SPOTS),
    time: rng.pick(TIMES),
    n: String(rng.int(2, 9)),
  };
  for (const [name, options] of Object.entries(template.slots))
    if (name !== 'spot') values[name] = rng.pick(options);
  return { ...values, ...fixed };
}

/** Replaces every `{slot}`; an unknown slot is a bug in a template and throws, so a test finds it. */
export function fillTemplate(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`template slot {${name}} has no value`);
    return value;
  });
}

// Braces stay unescaped: they mark the slots that become wildcards.
const escapeRegExp = (text: string): string => text.replace(/[.*+?^$()|[\]\\]/g, '\\$&');

/** A title template as a pattern, so the report can be matched to a title long after it was written. */
const TITLE_PATTERNS = Object.fromEntries(
  Object.entries(TEMPLATES).map(([code, t]) => [
    code,
    t.scenarios.map((s) => ({
      scenario: s,
      pattern: new RegExp(`^${escapeRegExp(s.title).replace(/\{\w+\}/g, '.+?')}$`),
    })),
  ]),
) as Record<CategoryCode, { scenario: Scenario; pattern: RegExp }[]>;

/**
 * The handler's report for an order: the report of the scenario its title came from, else any
 * report of its category (a title someone typed by hand), else a plain closing line.
 */
export function reportFor(rng: Rng, category: CategoryCode | null, title: string): string {
  if (category === null) return '已按职责完成处置，现场情况已恢复正常。';
  const candidates = TITLE_PATTERNS[category];
  const matched = candidates.find((c) => c.pattern.test(title))?.scenario ?? rng.pick(candidates).scenario;
  return fillTemplate(matched.report, { n: String(rng.int(2, 9)) });
}
