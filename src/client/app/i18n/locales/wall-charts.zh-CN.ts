/** Strings of the wall's ECharts panels, in Simplified Chinese; spread into zh-CN.ts. */
export const wallChartsZhCN = {
  'wallCharts.loading': '加载中…',
  'wallCharts.loadFailed': '加载失败',
  'wallCharts.other': '其他',
  'wallCharts.uncategorised': '未分类',

  'wallCharts.categoryToday.title': '今日工单类别',
  'wallCharts.categoryToday.empty': '今日暂无工单',
  'wallCharts.trend.title': '近24小时工单趋势（按来源）',
  'wallCharts.trend.empty': '近24小时暂无工单',
  'wallCharts.villageLoad.title': '各村在办工单（前{count}）',
  'wallCharts.villageLoad.empty': '各村暂无在办工单',
  'wallCharts.departmentOnTime.title': '今日部门按时办结率',
  'wallCharts.departmentOnTime.empty': '今日暂无办结考核数据',
  'wallCharts.pipeline.title': '工单流转（按状态）',
  'wallCharts.pipeline.empty': '暂无工单',
  'wallCharts.ranking.title': '本月村级绩效排名（前{count}）',
  'wallCharts.ranking.empty': '本月暂无绩效数据',
} satisfies Record<string, string>;

export type WallChartsMessageKey = keyof typeof wallChartsZhCN;
