/** Strings of the camera fault section at /admin (摄像机故障注入), in Simplified Chinese; spread into zh-CN.ts. */
export const videoFaultsZhCN = {
  'videoFaults.title': '摄像机故障注入（模拟）',
  'videoFaults.hint': '让内置模拟摄像机离线、画面冻结、变慢或时断时续，用于演示和测试；清除后恢复正常。',
  'videoFaults.search': '查找摄像机（编号或名称）',
  'videoFaults.searchPlaceholder': '如 CAM-0001 或 路口',
  'videoFaults.camera': '摄像机',
  'videoFaults.pick': '请选择摄像机',
  'videoFaults.fault': '故障',
  'videoFaults.fault.offline': '离线',
  'videoFaults.fault.frozen': '画面冻结',
  'videoFaults.fault.slow': '响应缓慢',
  'videoFaults.fault.flapping': '时断时续',
  'videoFaults.apply': '注入故障',
  'videoFaults.clear': '清除',
  'videoFaults.current': '当前故障',
  'videoFaults.empty': '暂无故障，所有模拟摄像机正常。',
  'videoFaults.colSince': '开始时间',
  'videoFaults.colBy': '设置人',
  'videoFaults.colActions': '操作',
  'videoFaults.noMatch': '没有匹配的摄像机',
  'videoFaults.done': '{camera}：{fault}',
  'videoFaults.cleared': '{camera}：故障已清除',
} satisfies Record<string, string>;

export type VideoFaultsMessageKey = keyof typeof videoFaultsZhCN;
