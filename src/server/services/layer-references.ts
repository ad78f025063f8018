import type { LayerIssue } from '../../shared/geo/layer-import';
import type { GridArea, VillageArea } from '../../shared/geo/validate-layers';
import type { ReferenceData, Repository } from '../db/repository';
import { HttpError } from '../http/errors';

/** How many issues also go into `error.fields`, for clients that only read the usual error body. */
const FIELDS_SHOWN = 50;

/**
 * A refused import: 400 with the usual `{error: {code, message, fields}}` plus `issues`, every
 * problem with its layer, feature and path, so the administrator sees exactly what to fix.
 */
export class LayerImportError extends HttpError {
  constructor(readonly issues: LayerIssue[]) {
    const first = issues[0];
    const fields: Record<string, string> = {};
    for (const i of issues.slice(0, FIELDS_SHOWN))
      fields[`${i.layer}[${i.feature}] ${i.path}`.trim()] ??= i.message;
    super(
      400,
      'invalid_layers',
      `${issues.length} problem(s) in the layers${first ? `; first: ${first.layer} ${first.feature}: ${first.message}` : ''}`,
      { fields },
    );
  }

  override toBody(): ReturnType<HttpError['toBody']> & { error: { issues: LayerIssue[] } } {
    const body = super.toBody();
    return { error: { ...body.error, issues: this.issues } };
  }
}

/**
 * Grid and village ids the import would drop while something still belongs to them: staff or
 * cameras to a grid; staff or an enforcement squad's district to a village. Such an import is
 * refused (the simplest safe rule): the town keeps those ids, or moves the people and cameras first.
 */
export async function layersStillUsed(
  repo: Repository,
  before: ReferenceData,
  next: { villages: VillageArea[]; grids: GridArea[] },
): Promise<LayerIssue[]> {
  const issues: LayerIssue[] = [];
  const [staff, cameras] = await Promise.all([repo.listStaff(), repo.listCameras()]);
  const gridIds = new Set(next.grids.map((g) => g.grid_id));
  for (const g of before.grids) {
    if (gridIds.has(g.grid_id)) continue;
    const people = staff.filter((m) => m.gridIds.includes(g.grid_id)).length;
    const cams = cameras.filter((c) => c.gridId === g.grid_id).length;
    if (people + cams === 0) continue;
    issues.push({
      layer: 'grids',
      feature: g.grid_id,
      path: '',
      code: 'grid_in_use',
      message: `grid ${g.grid_id} is missing from the import but ${people} staff and ${cams} cameras belong to it`,
      params: { id: g.grid_id, staff: people, cameras: cams },
    });
  }
  const villageIds = new Set(next.villages.map((v) => v.id));
  for (const v of before.villages) {
    if (villageIds.has(v.id)) continue;
    const people = staff.filter((m) => m.villageId === v.id).length;
    const squads = before.departments.filter((d) => d.villageIds.includes(v.id)).length;
    if (people + squads === 0) continue;
    issues.push({
      layer: 'villages',
      feature: v.id,
      path: '',
      code: 'village_in_use',
      message: `village ${v.id} is missing from the import but ${people} staff and ${squads} departments refer to it`,
      params: { id: v.id, staff: people, departments: squads },
    });
  }
  return issues;
}
