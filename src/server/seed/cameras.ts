import type { Camera, CameraSource, CameraStream, Grid } from '../../shared/schemas/town';
import { randomPointInGrid } from './geo-sample';
import { rngFor, type Rng } from './prng';

/** Where each kind of camera hangs, for its readable name (杨屯社区第1网格-小区东门-01). */
const SPOTS: Record<CameraSource, ReadonlyArray<string>> = {
  community: [
    '小区东门',
    '小区西门',
    '小区南门',
    '小区北门',
    '单元楼道口',
    '地下车库入口',
    '村委会门口',
    '文化广场',
    '健身广场',
    '村口',
    '垃圾分类亭',
    '电动车充电棚',
    '党群服务中心',
    '卫生室门前',
  ],
  police: [
    '十字路口',
    '主干道',
    '桥头',
    '治安卡口',
    '菜市场入口',
    '加油站',
    '银行网点',
    '公交站台',
    '村道路口',
  ],
  enterprise: ['厂区大门', '仓库', '生产车间', '危化品库', '配电房', '装卸区', '围墙周界', '锅炉房'],
  environment: ['湖堤', '排污口', '河道断面', '水质监测站', '秸秆禁烧点', '扬尘监测点', '闸站', '沟渠汇流口'],
};

/** Spots particular to the specialised grids, so their cameras read like what they watch. */
const SUBTYPE_SPOTS: Record<string, ReadonlyArray<string>> = {
  market: ['商业街东口', '商业街西口', '农贸市场入口', '超市门前', '夜市摊区', '停车场'],
  school: ['校门口', '校园周界', '上学路口', '操场', '接送区'],
  lakeside: ['湖堤', '湖西大堤', '入湖河口', '排涝站', '码头', '防汛物资点'],
};

const PTZ_SHARE: Record<CameraSource, number> = {
  community: 0.15,
  police: 0.45,
  enterprise: 0.2,
  environment: 0.4,
};
const OFFLINE_SHARE = 0.03;

/**
 * How the 320 cameras are spread (source, where, how many): residential and police cameras across
 * every basic grid, enterprise cameras mostly in the industrial park, environmental ones mostly along
 * the lakeside band. A town without one of the specialised grids gets those cameras in basic grids.
 */
const PLAN: ReadonlyArray<{ source: CameraSource; subtype: string | null; count: number }> = [
  { source: 'community', subtype: null, count: 141 },
  { source: 'community', subtype: 'market', count: 3 },
  { source: 'police', subtype: null, count: 70 },
  { source: 'police', subtype: 'market', count: 14 },
  { source: 'police', subtype: 'school', count: 12 },
  { source: 'enterprise', subtype: 'industrial', count: 36 },
  { source: 'enterprise', subtype: null, count: 12 },
  { source: 'environment', subtype: 'lakeside', count: 20 },
  { source: 'environment', subtype: null, count: 12 },
];

export function buildCameras(grids: ReadonlyArray<Grid>, seed: number): Camera[] {
  const rng = rngFor(seed, 'cameras');
  const basic = grids.filter((g) => g.type === 'basic');
  const placed: { grid: Grid; source: CameraSource }[] = [];
  for (const step of PLAN) {
    const special = step.subtype === null ? undefined : grids.find((g) => g.subtype === step.subtype);
    // Round-robin over a shuffled order spreads cameras evenly without favouring the first grids.
    const pool = special ? [special] : rng.shuffle(basic);
    for (let i = 0; i < step.count; i++) placed.push({ grid: pool[i % pool.length]!, source: step.source });
  }
  // Ids follow the grid order of the map layer so that one grid's cameras are numbered together.
  const order = new Map(grids.map((g, i) => [g.grid_id, i]));
  placed.sort((a, b) => order.get(a.grid.grid_id)! - order.get(b.grid.grid_id)!);

  const perGrid = new Map<string, number>();
  return placed.map(({ grid, source }, i) => {
    const n = (perGrid.get(grid.grid_id) ?? 0) + 1;
    perGrid.set(grid.grid_id, n);
    const id = `CAM-${String(i + 1).padStart(4, '0')}`;
    return {
      id,
      name: `${grid.name}-${spotFor(rng, grid, source)}-${String(n).padStart(2, '0')}`,
      source,
      gridId: grid.grid_id,
      location: randomPointInGrid(rng, grid, grids),
      status: rng.chance(OFFLINE_SHARE) ? 'offline' : 'online',
      ptz: rng.chance(PTZ_SHARE[source]),
      streams: { sub: simStream(id) },
      snapshotUrl: `/sim/snapshot/${id}.jpg`,
      health: { kind: 'mediamtx', url: SIM_HEALTH_URL, path: id },
      version: 1,
    };
  });
}

/** The built-in camera simulator's URLs (src/server/sim-media): what a MediaMTX would publish. */
export const SIM_HEALTH_URL = '/sim/v3/paths/list';
export function simStream(id: string): CameraStream {
  return { hls: `/sim/hls/${encodeURIComponent(id)}/index.m3u8`, codec: 'h264', width: 640, height: 360 };
}

function spotFor(rng: Rng, grid: Grid, source: CameraSource): string {
  const special = grid.subtype === null ? undefined : SUBTYPE_SPOTS[grid.subtype];
  return rng.pick(special && source !== 'enterprise' ? special : SPOTS[source]);
}
