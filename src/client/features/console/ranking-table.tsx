import { useState } from 'react';
import type { ReactElement } from 'react';
import { useT } from '../../app/i18n/i18n';
import type { UnitScore } from '../../lib/evaluation/get-evaluation';
import { firstDirection, formatRate, RANKING_COLUMNS, sortRanking } from '../../lib/evaluation/ranking';
import type { RankingColumn, SortDirection } from '../../lib/evaluation/ranking';

interface RankingTableProps {
  rows: readonly UnitScore[];
  nameOf: (id: string) => string;
}

function Rate({ rate, detail }: { rate: number | null; detail: string }): ReactElement {
  const t = useT();
  return <span title={detail}>{formatRate(rate) ?? t('app.none')}</span>;
}

function Cell({ row, column, name }: { row: UnitScore; column: RankingColumn; name: string }): ReactElement {
  const t = useT();
  const none = t('app.none');
  switch (column) {
    case 'rank':
      return <>{row.rank ?? none}</>;
    case 'unit':
      return <>{name}</>;
    case 'received':
      return <>{row.received}</>;
    case 'signOffOnTime':
    case 'resolveOnTime': {
      const { onTime, total, rate } = row[column];
      return <Rate rate={rate} detail={t('ranking.onTimeDetail', { onTime, total })} />;
    }
    case 'avgHandlingHours':
      return (
        <>{row.avgHandlingHours === null ? none : (Math.round(row.avgHandlingHours * 10) / 10).toFixed(1)}</>
      );
    case 'reworkRate':
      return (
        <Rate
          rate={row.reworkRate.rate}
          detail={t('ranking.reworkDetail', {
            reworked: row.reworkRate.reworked,
            resolved: row.reworkRate.resolved,
          })}
        />
      );
    case 'satisfaction': {
      const { satisfied, basic, dissatisfied, rate } = row.satisfaction;
      return (
        <Rate rate={rate} detail={t('ranking.satisfactionDetail', { satisfied, basic, dissatisfied })} />
      );
    }
    case 'cards':
      return (
        <span className="ranking__cards">
          <span className="card-chip card-chip--yellow">{row.cards.yellow}</span>
          <span className="card-chip card-chip--red">{row.cards.red}</span>
        </span>
      );
    case 'supervisions':
      return (
        <span title={t('ranking.unanswered', { n: row.supervisions.unanswered })}>
          {row.supervisions.opened}
        </span>
      );
    case 'notices':
      return <>{row.notices}</>;
    case 'score':
      return <>{row.score === null ? none : row.score.toFixed(2)}</>;
  }
}

/** The ranking, sortable by any column (click a heading; again to reverse). */
export function RankingTable({ rows, nameOf }: RankingTableProps): ReactElement {
  const t = useT();
  const [sort, setSort] = useState<{ column: RankingColumn; direction: SortDirection }>({
    column: 'rank',
    direction: 'ascending',
  });
  const sorted = sortRanking(rows, sort.column, sort.direction, (row) => nameOf(row.unit.id));

  function handleSort(column: RankingColumn): void {
    setSort((current) =>
      current.column === column
        ? { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
        : { column, direction: firstDirection(column) },
    );
  }

  if (rows.length === 0) return <p className="muted">{t('ranking.empty')}</p>;
  return (
    <table className="ranking" data-testid="ranking-table">
      <thead>
        <tr>
          {RANKING_COLUMNS.map((column) => (
            <th key={column} scope="col" aria-sort={sort.column === column ? sort.direction : undefined}>
              <button type="button" className="ranking__sort" onClick={() => handleSort(column)}>
                {t(`ranking.column.${column}`)}
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sorted.map((row) => (
          <tr key={`${row.unit.kind}:${row.unit.id}`} data-testid="ranking-row">
            {RANKING_COLUMNS.map((column) => (
              <td key={column} className={`ranking__${column}`}>
                <Cell row={row} column={column} name={nameOf(row.unit.id)} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
