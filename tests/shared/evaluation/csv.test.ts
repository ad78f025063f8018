import { describe, expect, it } from 'vitest';
import { evaluationCsv, toCsv } from '../../../src/shared/evaluation/csv';
import { evaluate, type UnitScore } from '../../../src/shared/evaluation/evaluate';
import { CARDS, GRID_VILLAGE, NOTICES, NOW, ORDERS, PERIOD, SUPERVISIONS } from './fixture';

const BOM = '\uFEFF';

describe('toCsv', () => {
  it('starts with a BOM and ends every record with CRLF', () => {
    expect(toCsv(['a', 'b'], [['x', 1]])).toBe(`${BOM}a,b\r\nx,1\r\n`);
  });

  it('quotes cells holding quotes, commas or line breaks (RFC 4180)', () => {
    expect(toCsv(['h'], [['say "hi"'], ['张三, 李四'], ['two\nlines'], ['cr\rhere']])).toBe(
      `${BOM}h\r\n"say ""hi"""\r\n"张三, 李四"\r\n"two\nlines"\r\n"cr\rhere"\r\n`,
    );
  });

  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1', "'+1"],
    ['-5', "'-5"],
    ['@x', "'@x"],
    ['\tx', "'\tx"],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['a=b', 'a=b'],
  ])('escapes text %j that a spreadsheet would run', (text, cell) => {
    expect(toCsv(['h'], [[text]])).toBe(`${BOM}h\r\n${cell}\r\n`);
  });

  it('writes numbers as numbers (a negative one unescaped) and null as an empty cell', () => {
    expect(toCsv(['n', 'm', 'z', 'f'], [[-5, 0.25, null, Number.NaN]])).toBe(
      `${BOM}n,m,z,f\r\n-5,0.25,,\r\n`,
    );
  });

  it('escapes headers too', () => {
    expect(toCsv(['=cmd'], [])).toBe(`${BOM}'=cmd\r\n`);
  });
});

describe('evaluationCsv', () => {
  const rows = evaluate({
    orders: ORDERS,
    cards: CARDS,
    supervisions: SUPERVISIONS,
    notices: NOTICES,
    unitKind: 'grid',
    period: PERIOD,
    now: NOW,
    gridVillage: GRID_VILLAGE,
  });
  const names = { g1: '东村, 一组', g2: '=东村二组' };

  it('writes the ranking under Chinese headers, names quoted and escaped, the unnamed by id', () => {
    const lines = evaluationCsv(rows, names, 'zh-CN').slice(1).split('\r\n');
    expect(lines).toEqual([
      '单位,受理数,按时签收率,按时处置率,平均处置时长(小时),返工率,满意度,黄牌,红牌,督办,通报,排名',
      'g3,2,100%,100%,34,0%,0%,1,0,0,0,1',
      "'=东村二组,3,100%,50%,54,100%,,1,1,1,0,2",
      '"东村, 一组",2,50%,33.3%,16,0%,75%,2,3,2,1,3',
      '',
    ]);
  });

  it('has English headers', () => {
    const header = evaluationCsv(rows, names, 'en').slice(1).split('\r\n')[0];
    expect(header).toBe(
      'Unit,Received,On-time sign-off rate,On-time resolution rate,Average handling time (hours),' +
        'Rework rate,Satisfaction,Yellow cards,Red cards,Supervisions,Notices,Rank',
    );
  });

  it('leaves the rank empty for an unranked unit and rounds hours to one decimal', () => {
    const row: UnitScore = { ...rows[0]!, avgHandlingHours: 86 / 3, score: null, rank: null };
    expect(evaluationCsv([row], {}, 'en').split('\r\n')[1]).toBe('g3,2,100%,100%,28.7,0%,0%,1,0,0,0,');
  });
});
