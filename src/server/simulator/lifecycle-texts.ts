import type { Satisfaction } from '../../shared/schemas/work-order';

/** 不予立案: what an operator writes when an order is not the town's business. */
export const REJECT_REASONS = [
  '经电话回访，来电人反映的问题已自行解决，不予立案。',
  '属于民事纠纷中的个人债务问题，已告知来电人通过诉讼途径解决。',
  '反映内容不清、地址不详，多次回拨无人接听，暂不予立案。',
  '属于县级部门职责范围，已告知来电人向相关部门反映。',
];

/** 镇外/未落格: the point lies outside every grid, usually just across the town's edge. */
export const OUT_OF_TOWN_REASONS = [
  '事发地点不在本镇辖区，已告知来电人向属地镇反映。',
  '经定位核实属邻镇辖区，已转相关镇处理，本镇不予立案。',
  '事发地点位于山东微山县境内，已告知来电人向当地反映。',
];

/** 退回: the assignee says the order is not theirs. */
export const RETURN_REASONS = [
  '经现场核实，该事项不属于本单位职责范围，请重新派遣。',
  '事发地点不在本单位辖区，申请退回。',
  '需要先由网格员入户核实情况，本单位暂无法处置，申请退回。',
];

/** 核查不通过 (返工). */
export const VERIFY_FAIL_REASONS = [
  '现场核查发现问题仍未彻底解决，请返工处理。',
  '处置照片与现场不符，群众反映问题依旧存在。',
  '仅做了临时处理，未从根本上解决，请继续处置。',
];

export const VERIFY_NOTES = [
  '现场核查属实，已处置到位。',
  '已回访群众，对处置结果认可。',
  '经核查问题已解决。',
  '',
];

/** 催办 comments from the centre. */
export const URGE_COMMENTS = [
  '该工单处置时间较长，请加快办理进度。',
  '群众再次来电催问，请尽快处置并反馈。',
  '请于今日内反馈处置进展。',
];

/** Citizen callback (回访): mostly satisfied, as in the town's published figures. */
export const SATISFACTION_WEIGHTS: ReadonlyArray<readonly [Satisfaction, number]> = [
  ['satisfied', 80],
  ['basically_satisfied', 15],
  ['dissatisfied', 5],
];
