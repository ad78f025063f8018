import { describe, expect, it } from 'vitest';
import { en } from '../../../src/client/app/i18n/locales/en';
import { zhCN } from '../../../src/client/app/i18n/locales/zh-CN';
import { isMessageKey, translate } from '../../../src/client/app/i18n/i18n';
import { categoryCode, staffRoleCodes } from '../../../src/shared/schemas/town';
import { roleCodes } from '../../../src/shared/schemas/user';
import { commandTypes, sourceCodes, statusCodes } from '../../../src/shared/schemas/work-order';

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe('locales', () => {
  it('every zh-CN key has a non-empty English value and vice versa', () => {
    const zhKeys = Object.keys(zhCN).sort();
    const enKeys = Object.keys(en).sort();
    expect(enKeys).toEqual(zhKeys);
    for (const key of zhKeys) {
      expect(en[key as keyof typeof en].trim(), key).not.toBe('');
      expect(zhCN[key as keyof typeof zhCN].trim(), key).not.toBe('');
    }
  });

  it('both locales use the same placeholders in each message', () => {
    for (const key of Object.keys(zhCN) as (keyof typeof zhCN)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(zhCN[key]));
    }
  });

  it('names every code of the shared contract', () => {
    const codes = [
      ...statusCodes.map((c) => `status.${c}`),
      ...sourceCodes.map((c) => `source.${c}`),
      ...categoryCode.options.map((c) => `category.${c}`),
      ...roleCodes.map((c) => `role.${c}`),
      ...staffRoleCodes.map((c) => `staffRole.${c}`),
      ...commandTypes.map((c) => `command.${c}`),
      ...['P1', 'P2', 'P3', 'P4'].map((c) => `priority.${c}`),
    ];
    expect(codes.filter((key) => !isMessageKey(key))).toEqual([]);
  });

  it('uses the national status names', () => {
    expect(statusCodes.map((s) => zhCN[`status.${s}`])).toEqual([
      '待受理',
      '已立案',
      '不予立案',
      '已合并',
      '已派遣',
      '已签收',
      '处置中',
      '已处置',
      '已核查',
      '已结案',
    ]);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('zh-CN', 'dataAge.label', { time: '09:30:05' })).toBe('数据时间 09:30:05');
    expect(translate('en', 'connection.stale', { time: '09:30:05' })).toBe('Data stale since 09:30:05');
    expect(translate('en', 'connection.stale')).toBe('Data stale since {time}');
  });
});
