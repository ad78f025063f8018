import type { ReactElement } from 'react';
import { useT } from '../../app/i18n/i18n';
import { useDepartments, useGridNames } from '../../lib/reference';
import { useWallSummary } from '../../lib/wall/get-wall-summary';

/** Rows that fit the board at 1080p; the rest are counted, not scrolled (no one scrolls a wall). */
const BOARD_ROWS = 8;

function useUnitName(): (unit: { kind: string; id: string }) => string {
  const t = useT();
  const grids = useGridNames();
  const departments = useDepartments();
  return (unit) => {
    if (unit.kind === 'grid') return grids.get(unit.id) ?? unit.id;
    if (unit.kind === 'centre') return t('wall.board.centre');
    return departments.data?.find((d) => d.id === unit.id)?.name ?? unit.id;
  };
}

/** 红黄牌榜: the units holding active cards, most red first. */
export function WallCardBoard(): ReactElement {
  const t = useT();
  const summary = useWallSummary();
  const nameOf = useUnitName();
  const rows = summary.data?.cardsByUnit ?? [];
  return (
    <section className="wall-panel wall-board" data-testid="wall-panel-cards">
      <h2 className="wall-panel__title">{t('wall.board.title')}</h2>
      <div className="wall-panel__body">
        {!summary.data ? (
          <p className="wall-muted">{summary.isError ? t('wall.loadFailed') : t('app.loading')}</p>
        ) : rows.length === 0 ? (
          <p className="wall-board__clear">{t('wall.board.clear')}</p>
        ) : (
          <ol className="wall-board__rows">
            {rows.slice(0, BOARD_ROWS).map((row) => (
              <li key={`${row.unit.kind}:${row.unit.id}`} className="wall-board__row">
                <span className="wall-board__unit">{nameOf(row.unit)}</span>
                <span className="wall-board__card wall-board__card--red" title={t('wall.kpi.red')}>
                  {row.red}
                </span>
                <span className="wall-board__card wall-board__card--yellow" title={t('wall.kpi.yellow')}>
                  {row.yellow}
                </span>
              </li>
            ))}
            {rows.length > BOARD_ROWS && (
              <li className="wall-board__more">{t('wall.board.more', { n: rows.length - BOARD_ROWS })}</li>
            )}
          </ol>
        )}
      </div>
    </section>
  );
}
