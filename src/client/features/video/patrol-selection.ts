import type { Camera, Grid } from '../../../shared/schemas/town';
import type { CameraGroup } from './camera-groups-store';

/** What a patrol goes round: the whole town, one grid, one village or a named camera group. */
export type PatrolSelection =
  | { kind: 'town' }
  | { kind: 'grid'; id: string }
  | { kind: 'village'; id: string }
  | { kind: 'group'; id: string };

const TOWN: PatrolSelection = { kind: 'town' };

/** `town`, `grid:YT-JC-01`, `village:V01`, `group:东门一线`; anything else means the whole town. */
export function parseSelection(raw: string | null): PatrolSelection {
  if (!raw) return TOWN;
  const at = raw.indexOf(':');
  const kind = at === -1 ? raw : raw.slice(0, at);
  const id = at === -1 ? '' : raw.slice(at + 1).trim();
  if ((kind === 'grid' || kind === 'village' || kind === 'group') && id) return { kind, id };
  return TOWN;
}

export function formatSelection(s: PatrolSelection): string {
  return s.kind === 'town' ? 'town' : `${s.kind}:${s.id}`;
}

type GridRef = Pick<Grid, 'grid_id' | 'village_id'>;

/** The cameras of a selection in patrol order (a group keeps its own order; others by id). */
export function selectCameras(
  s: PatrolSelection,
  cameras: readonly Camera[],
  grids: readonly GridRef[],
  groups: readonly CameraGroup[],
): Camera[] {
  switch (s.kind) {
    case 'town':
      return [...cameras];
    case 'grid':
      return cameras.filter((c) => c.gridId === s.id);
    case 'village': {
      const inVillage = new Set(grids.filter((g) => g.village_id === s.id).map((g) => g.grid_id));
      return cameras.filter((c) => inVillage.has(c.gridId));
    }
    case 'group': {
      const byId = new Map(cameras.map((c) => [c.id, c]));
      const group = groups.find((g) => g.name === s.id);
      return (group?.cameraIds ?? []).flatMap((id) => {
        const c = byId.get(id);
        return c ? [c] : [];
      });
    }
  }
}
