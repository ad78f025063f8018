import type { UnitScore } from './get-evaluation';

export const RANKING_COLUMNS = [
  'rank',
  'unit',
  'received',
  'signOffOnTime',
  'resolveOnTime',
  'avgHandlingHours',
  'reworkRate',
  'satisfaction',
  'cards',
  'supervisions',
  'notices',
  'score',
] as const;
export type RankingColumn = (typeof RANKING_COLUMNS)[number];
export type SortDirection = 'ascending' | 'descending';

/** A rate as a percentage with one decimal, as the CSV report writes it ("66.7%"); null stays null. */
export function formatRate(rate: number | null): string | null {
  return rate === null ? null : `${Math.round(rate * 1000) / 10}%`;
}

function valueOf(row: UnitScore, column: RankingColumn, name: string): number | string | null {
  switch (column) {
    case 'rank':
      return row.rank;
    case 'unit':
      return name;
    case 'received':
      return row.received;
    case 'signOffOnTime':
      return row.signOffOnTime.rate;
    case 'resolveOnTime':
      return row.resolveOnTime.rate;
    case 'avgHandlingHours':
      return row.avgHandlingHours;
    case 'reworkRate':
      return row.reworkRate.rate;
    case 'satisfaction':
      return row.satisfaction.rate;
    case 'cards':
      // A red card weighs three yellow ones, as in the score.
      return row.cards.red * 3 + row.cards.yellow;
    case 'supervisions':
      return row.supervisions.opened;
    case 'notices':
      return row.notices;
    case 'score':
      return row.score;
  }
}

/** Sorted by one column; rows without a value (no rate, no rank) stay last whichever the direction. */
export function sortRanking(
  rows: readonly UnitScore[],
  column: RankingColumn,
  direction: SortDirection,
  nameOf: (row: UnitScore) => string,
): UnitScore[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: valueOf(row, column, nameOf(row)) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) {
        return Number(a.value === null) - Number(b.value === null) || a.index - b.index;
      }
      const order =
        typeof a.value === 'string' || typeof b.value === 'string'
          ? String(a.value).localeCompare(String(b.value), 'zh-CN')
          : a.value - b.value;
      return sign * order || a.index - b.index;
    })
    .map(({ row }) => row);
}

/** The direction a column sorts in when first clicked: the better end first. */
export function firstDirection(column: RankingColumn): SortDirection {
  const lowerIsBetter: readonly RankingColumn[] = [
    'rank',
    'unit',
    'avgHandlingHours',
    'reworkRate',
    'cards',
    'supervisions',
    'notices',
  ];
  return lowerIsBetter.includes(column) ? 'ascending' : 'descending';
}
