import type { Category } from '../../shared/schemas/town';

/**
 * The 13 event categories of DESIGN §3.1a with the demo town's default units. `sanitation` has no
 * default department: the grid team (网格员) handles it first, 环卫 only when it cannot.
 */
export const CATEGORIES: ReadonlyArray<Category> = [
  {
    code: 'sanitation',
    name: '环境卫生',
    examples: ['垃圾堆积', '污水外溢', '公厕'],
    defaultUnit: '网格员（网格团队），必要时转环卫',
    defaultDepartmentId: null,
  },
  {
    code: 'city_order',
    name: '市容秩序',
    examples: ['占道经营', '乱堆乱放', '违规广告'],
    defaultUnit: '综合执法中队（按执法片区）',
    defaultDepartmentId: 'enforcement',
  },
  {
    code: 'illegal_building',
    name: '违法建设',
    examples: ['私搭乱建', '违规占地'],
    defaultUnit: '综合执法局',
    defaultDepartmentId: 'enforcement',
  },
  {
    code: 'safety',
    name: '安全隐患',
    examples: ['消防通道堵塞', '燃气', '危房', '企业安全生产'],
    defaultUnit: '应急管理(安监)站',
    defaultDepartmentId: 'safety',
  },
  {
    code: 'ecology',
    name: '生态环保',
    examples: ['秸秆焚烧', '企业排污', '河道漂浮物'],
    defaultUnit: '生态环境站',
    defaultDepartmentId: 'ecology',
  },
  {
    code: 'dispute',
    name: '矛盾纠纷',
    examples: ['邻里', '土地', '婚姻家庭', '劳资'],
    defaultUnit: '村（社区）调解委员会，调解不成转司法所',
    defaultDepartmentId: 'judicial',
  },
  {
    code: 'public_order',
    name: '社会治安',
    examples: ['可疑人员', '噪音扰民', '打架'],
    defaultUnit: '派出所',
    defaultDepartmentId: 'police',
  },
  {
    code: 'infrastructure',
    name: '基础设施',
    examples: ['路灯', '道路破损', '供水管网'],
    defaultUnit: '规划建设和环境保护局（建设、交通、水务）',
    defaultDepartmentId: 'planning_env',
  },
  {
    code: 'livelihood',
    name: '民生服务',
    examples: ['低保', '医保', '养老', '残疾人'],
    defaultUnit: '社会事业局',
    defaultDepartmentId: 'social_affairs',
  },
  {
    code: 'agency',
    name: '便民代办',
    examples: ['证照代办', '上门代办'],
    defaultUnit: '网格员（网格员即代办员），行政审批局',
    defaultDepartmentId: 'approval',
  },
  {
    code: 'market',
    name: '食品药品与市场',
    examples: ['无证经营', '过期食品', '价格'],
    defaultUnit: '市场监督管理所',
    defaultDepartmentId: 'market',
  },
  {
    code: 'flood',
    name: '防汛水利',
    examples: ['湖堤渗漏', '河道', '内涝'],
    defaultUnit: '水利站',
    defaultDepartmentId: 'water',
  },
  {
    code: 'petition',
    name: '信访诉求',
    examples: ['重复信访', '集体诉求'],
    defaultUnit: '信访办',
    defaultDepartmentId: 'petition',
  },
];
