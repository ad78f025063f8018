import type { Rng } from './prng';

/** Common surnames with a rough weight: how often they occur in northern Jiangsu. */
const SURNAMES: ReadonlyArray<readonly [string, number]> = (
  '张10 王10 李9 刘8 陈6 杨6 赵5 黄4 周4 吴4 徐5 孙5 朱4 马3 胡3 郭3 何2 高3 林2 罗2 郑2 梁1 谢2 ' +
  '宋2 唐2 许2 韩2 冯2 邓1 曹2 彭2 曾1 孔2 姚2 蒋2 卞1 魏2 丁2 于2 董2 程1 袁1 葛1 甘1 孟2'
)
  .split(' ')
  .map((entry) => [entry.slice(0, 1), Number(entry.slice(1))] as const);

const MALE = (
  '伟 强 军 勇 涛 明 杰 磊 超 刚 斌 峰 建国 建华 志强 志刚 海涛 春生 德明 永刚 国庆 红兵 卫东 俊杰 文博 ' +
  '浩然 宇航 子豪 广胜 立新 保国 振华 学军 长江 金山 庆丰 兆龙 家宝 启明 成才'
).split(' ');
const FEMALE = (
  '芳 娜 敏 静 丽 艳 娟 霞 燕 玲 秀英 桂兰 玉梅 凤英 淑珍 秀兰 美玲 晓燕 海燕 丽娟 春梅 雪梅 小红 文静 ' +
  '思雨 欣怡 佳琪 梦瑶 慧敏 雅婷 红霞 翠萍 金凤 月华'
).split(' ');

export type Gender = 'm' | 'f';

export function drawSurname(rng: Rng): string {
  return rng.weighted(SURNAMES);
}

export function drawPersonName(rng: Rng, gender: Gender = rng.chance(0.55) ? 'm' : 'f'): string {
  return drawSurname(rng) + rng.pick(gender === 'm' ? MALE : FEMALE);
}

/** How a 12345 operator often records a caller who gives only a surname: 王先生, 李女士. */
export function drawCallerName(rng: Rng): string {
  return drawSurname(rng) + (rng.chance(0.55) ? '先生' : '女士');
}

/** Mainland mobile prefixes of the three carriers (移动, 联通, 电信). */
const MOBILE_PREFIXES = (
  '134 135 136 137 138 139 147 150 151 152 157 158 159 178 182 183 187 188 198 ' +
  '130 131 132 155 156 166 176 185 186 133 153 173 177 180 181 189 199'
).split(' ');

export function drawMobile(rng: Rng): string {
  let rest = '';
  for (let i = 0; i < 8; i++) rest += String(rng.int(0, 9));
  return rng.pick(MOBILE_PREFIXES) + rest;
}

/** Draws until the value is new to `taken`, so a seeded town has no two staff with one name or phone. */
export function drawUnique(rng: Rng, taken: Set<string>, draw: (rng: Rng) => string): string {
  for (let i = 0; i < 1000; i++) {
    const value = draw(rng);
    if (!taken.has(value)) {
      taken.add(value);
      return value;
    }
  }
  throw new Error('drawUnique: the pool is exhausted');
}
