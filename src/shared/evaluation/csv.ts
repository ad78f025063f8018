import type { UnitScore } from './evaluate';

export type CsvCell = string | number | null;

/** Spreadsheet apps run a text cell starting with these as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * RFC 4180 CSV that Excel opens as UTF-8: a BOM first, CRLF after every record. Text cells that a
 * spreadsheet would run as a formula get a leading `'`; numbers are written as numbers, so a negative
 * number stays negative. Null (and a non-finite number) is an empty cell.
 */
export function toCsv(headers: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [headers, ...rows].map((cells) => cells.map(cellText).join(','));
  return `\uFEFF${lines.map((line) => `${line}\r\n`).join('')}`;
}

function cellText(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export type ReportLang = 'zh-CN' | 'en';

const HEADERS: Record<ReportLang, string[]> = {
  'zh-CN': [
    '单位',
    '受理数',
    '按时签收率',
    '按时处置率',
    '平均处置时长(小时)',
    '返工率',
    '满意度',
    '黄牌',
    '红牌',
    '督办',
    '通报',
    '排名',
  ],
  en: [
    'Unit',
    'Received',
    'On-time sign-off rate',
    'On-time resolution rate',
    'Average handling time (hours)',
    'Rework rate',
    'Satisfaction',
    'Yellow cards',
    'Red cards',
    'Supervisions',
    'Notices',
    'Rank',
  ],
};

/** A rate as a percentage with one decimal ("66.7%"), which spreadsheets read as a number. */
function percent(rate: number | null): string | null {
  return rate === null ? null : `${Math.round(rate * 1000) / 10}%`;
}

/** The ranking as a report; a unit without a name in `unitNames` is shown by its id. */
export function evaluationCsv(
  rows: readonly UnitScore[],
  unitNames: Readonly<Record<string, string>>,
  lang: ReportLang,
): string {
  return toCsv(
    HEADERS[lang],
    rows.map((r) => [
      unitNames[r.unit.id] ?? r.unit.id,
      r.received,
      percent(r.signOffOnTime.rate),
      percent(r.resolveOnTime.rate),
      r.avgHandlingHours === null ? null : Math.round(r.avgHandlingHours * 10) / 10,
      percent(r.reworkRate.rate),
      percent(r.satisfaction.rate),
      r.cards.yellow,
      r.cards.red,
      r.supervisions.opened,
      r.notices,
      r.rank,
    ]),
  );
}
