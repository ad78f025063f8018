import { useQuery } from '@tanstack/react-query';
import { useId, useMemo } from 'react';
import type { ReactElement } from 'react';
import { locateGrid } from '../../../shared/geo/locate-grid';
import type { LatLng } from '../../../shared/schemas/common';
import { useT } from '../../app/i18n/i18n';
import { pointInGrid } from '../../lib/field/grid-point';
import type { GeoState } from '../../lib/field/use-geolocation';
import { gridsQueryOptions } from '../../lib/reference';

interface LocationFieldProps {
  gridIds: readonly string[];
  geo: GeoState;
  onLocate: () => void;
  gridId: string;
  onGridChange: (gridId: string, position: LatLng | null) => void;
}

/** Where the report is: the phone's position, or — without one — the centre of one of my grids. */
export function LocationField({
  gridIds,
  geo,
  onLocate,
  gridId,
  onGridChange,
}: LocationFieldProps): ReactElement {
  const t = useT();
  const id = useId();
  const grids = useQuery(gridsQueryOptions());
  const all = useMemo(() => grids.data?.items ?? [], [grids.data]);
  const mine = all.filter((grid) => gridIds.includes(grid.grid_id));
  const outside =
    geo.status === 'located' &&
    all.length > 0 &&
    gridIds.length > 0 &&
    !gridIds.includes(locateGrid(geo.position, all).gridId ?? '');

  function handleGrid(value: string): void {
    const grid = all.find((g) => g.grid_id === value);
    onGridChange(value, grid ? pointInGrid(grid, all) : null);
  }

  return (
    <fieldset className="field-location">
      <legend>{t('field.location')}</legend>
      <button type="button" onClick={onLocate} disabled={geo.status === 'locating'}>
        {geo.status === 'locating' ? t('field.locating') : t('field.locate')}
      </button>
      {geo.status === 'located' && !gridId && (
        <p className="field-location__fix" role="status">
          {t('field.located', { metres: Math.round(geo.accuracy) })}
        </p>
      )}
      {(geo.status === 'denied' || geo.status === 'unavailable') && (
        <p className="form-error" role="alert">
          {t('field.locationDenied')}
        </p>
      )}
      {outside && !gridId && (
        <p className="form-error" role="alert">
          {t('field.outsideGrids')}
        </p>
      )}
      {mine.length > 0 && (
        <label className="field" htmlFor={id}>
          <span>{t('field.gridCentre')}</span>
          <select id={id} value={gridId} onChange={(e) => handleGrid(e.target.value)}>
            <option value="">{t('intake.unset')}</option>
            {mine.map((grid) => (
              <option key={grid.grid_id} value={grid.grid_id}>
                {grid.name}
              </option>
            ))}
          </select>
        </label>
      )}
    </fieldset>
  );
}
