import type { Department, Village } from '../../shared/schemas/town';

type Unit = Omit<Department, 'villageIds'>;

/** The seed list of units of DESIGN §2 (二办六局一中心 plus stationed units); a town edits it. */
export const DEPARTMENT_UNITS: ReadonlyArray<Unit> = [
  { id: 'party_gov_office', name: '党政办公室', kind: 'office', parentId: null },
  { id: 'party_building_office', name: '党建工作办公室', kind: 'office', parentId: null },
  { id: 'economy', name: '经济发展局', kind: 'bureau', parentId: null },
  { id: 'social_affairs', name: '社会事业局', kind: 'bureau', parentId: null },
  { id: 'approval', name: '行政审批局', kind: 'bureau', parentId: null },
  { id: 'enforcement', name: '综合执法局', kind: 'bureau', parentId: null },
  { id: 'finance', name: '财政和资产管理局', kind: 'bureau', parentId: null },
  { id: 'planning_env', name: '规划建设和环境保护局', kind: 'bureau', parentId: null },
  { id: 'command_center', name: '综合指挥调度中心', kind: 'centre', parentId: null },
  { id: 'enf_1', name: '第一中队', kind: 'squad', parentId: 'enforcement' },
  { id: 'enf_2', name: '第二中队', kind: 'squad', parentId: 'enforcement' },
  { id: 'enf_3', name: '第三中队', kind: 'squad', parentId: 'enforcement' },
  { id: 'police', name: '派出所', kind: 'stationed', parentId: null },
  { id: 'judicial', name: '司法所', kind: 'stationed', parentId: null },
  { id: 'market', name: '市场监督管理所', kind: 'stationed', parentId: null },
  { id: 'safety', name: '应急管理(安监)站', kind: 'stationed', parentId: null },
  { id: 'ecology', name: '生态环境站', kind: 'stationed', parentId: null },
  { id: 'water', name: '水利站', kind: 'stationed', parentId: null },
  { id: 'agriculture', name: '农业农村服务中心', kind: 'stationed', parentId: null },
  { id: 'natural_resources', name: '自然资源所', kind: 'stationed', parentId: null },
  { id: 'health', name: '卫生院', kind: 'stationed', parentId: null },
  { id: 'power', name: '供电所', kind: 'stationed', parentId: null },
  { id: 'petition', name: '信访办', kind: 'stationed', parentId: null },
];

/**
 * The three enforcement districts (执法片区), from the villages' positions: the first squad takes the
 * central district around the seat, the second the west, the third the east. Splitting by longitude
 * keeps each district contiguous and works for any town layer an administrator imports.
 */
export function enforcementDistricts(
  villages: ReadonlyArray<Village>,
): Record<'enf_1' | 'enf_2' | 'enf_3', string[]> {
  const byLng = [...villages].sort((a, b) => a.position.lng - b.position.lng || a.id.localeCompare(b.id));
  const third = Math.ceil(byLng.length / 3);
  const ids = (from: number, to: number): string[] =>
    byLng
      .slice(from, to)
      .map((v) => v.id)
      .sort();
  return { enf_2: ids(0, third), enf_1: ids(third, 2 * third), enf_3: ids(2 * third, byLng.length) };
}

export function buildDepartments(villages: ReadonlyArray<Village>): Department[] {
  const districts = enforcementDistricts(villages);
  return DEPARTMENT_UNITS.map((unit) => ({
    ...unit,
    villageIds: unit.id in districts ? districts[unit.id as keyof typeof districts] : [],
  }));
}

/** The squad whose district holds the village; the bureau itself when the village is unknown. */
export function squadForVillage(
  departments: ReadonlyArray<Department>,
  villageId: string | null,
): Department | null {
  if (villageId === null) return null;
  return departments.find((d) => d.kind === 'squad' && d.villageIds.includes(villageId)) ?? null;
}
