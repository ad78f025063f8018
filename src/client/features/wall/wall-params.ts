import { mapMeasure, wallScene, type MapMeasure, type WallScene } from '../../../shared/schemas/wall';

/** What a wall's URL says about it: `/wall?scene=map&measure=red&name=一楼大屏&rotate=1`. */
export interface WallParams {
  /** A fixed scene, or null to start on the overview (and rotate when `rotate`). */
  scene: WallScene | null;
  rotate: boolean;
  rotateSeconds: number;
  name: string | null;
  measure: MapMeasure;
  heapLimitMb: number;
  heapCheckMs: number;
}

const DEFAULT_ROTATE_SECONDS = 60;
/** Well above the wall's steady heap (~60–120 MB) and well below a tab's limit. */
const DEFAULT_HEAP_LIMIT_MB = 600;
const DEFAULT_HEAP_CHECK_MS = 60_000;

function positive(raw: string | null, fallback: number, min: number, max: number): number {
  const n = raw === null ? Number.NaN : Number(raw);
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;
}

export function parseWallParams(search: string): WallParams {
  const q = new URLSearchParams(search);
  const scene = wallScene.safeParse(q.get('scene'));
  const measure = mapMeasure.safeParse(q.get('measure'));
  const name = q.get('name')?.trim();
  return {
    scene: scene.success ? scene.data : null,
    // A fixed scene stops rotation (the rule); rotation is asked for with rotate=1.
    rotate: !scene.success && q.get('rotate') === '1',
    rotateSeconds: positive(q.get('rotateSec'), DEFAULT_ROTATE_SECONDS, 10, 3600),
    name: name ? name.slice(0, 40) : null,
    measure: measure.success ? measure.data : 'open',
    heapLimitMb: positive(q.get('heapLimitMb'), DEFAULT_HEAP_LIMIT_MB, 1, 16_384),
    heapCheckMs: positive(q.get('heapCheckMs'), DEFAULT_HEAP_CHECK_MS, 200, 3_600_000),
  };
}

export const SCENE_ORDER: readonly WallScene[] = ['overview', 'map', 'ranking', 'video'];

export function nextScene(current: WallScene): WallScene {
  return SCENE_ORDER[(SCENE_ORDER.indexOf(current) + 1) % SCENE_ORDER.length]!;
}
