import { useState, type ReactElement } from 'react';
import type { Grid } from '../../../shared/schemas/town';
import { useT } from '../../app/i18n/i18n';
import type { CameraGroup } from './camera-groups-store';
import type { PatrolSelection } from './patrol-selection';
import { clampInterval, LAYOUTS, MAX_INTERVAL_S, MIN_INTERVAL_S, type Layout } from './video-params';

interface Props {
  selection: PatrolSelection;
  layout: Layout;
  intervalS: number;
  grids: readonly Grid[];
  villageNames: ReadonlyMap<string, string>;
  groups: readonly CameraGroup[];
  onSelection: (s: PatrolSelection) => void;
  onLayout: (l: Layout) => void;
  onInterval: (seconds: number) => void;
}

/** Layout 1/4/9/16, what the patrol goes round and how fast. */
export function SelectionPicker(props: Props): ReactElement {
  const t = useT();
  const { selection, grids, villageNames, groups } = props;
  const [draftInterval, setDraftInterval] = useState(String(props.intervalS));
  const targets: ReadonlyArray<readonly [string, string]> =
    selection.kind === 'grid'
      ? grids.map((g) => [g.grid_id, g.name] as const)
      : selection.kind === 'village'
        ? [...villageNames.entries()]
        : selection.kind === 'group'
          ? groups.map((g) => [g.name, g.name] as const)
          : [];

  function chooseKind(kind: PatrolSelection['kind']): void {
    if (kind === 'town') return props.onSelection({ kind });
    const first =
      kind === 'grid'
        ? grids[0]?.grid_id
        : kind === 'village'
          ? [...villageNames.keys()][0]
          : groups[0]?.name;
    if (first) props.onSelection({ kind, id: first });
  }

  return (
    <div className="video-picker">
      <span role="group" aria-label={t('video.layout')} className="video-picker__layouts">
        {LAYOUTS.map((l) => (
          <button
            key={l}
            type="button"
            aria-pressed={props.layout === l}
            data-testid={`layout-${l}`}
            onClick={() => props.onLayout(l)}
          >
            {t('video.layoutN', { n: l })}
          </button>
        ))}
      </span>
      <label>
        {t('video.patrol.kind')}
        <select
          value={selection.kind}
          onChange={(e) => chooseKind(e.target.value as PatrolSelection['kind'])}
          data-testid="patrol-kind"
        >
          {(['town', 'grid', 'village', 'group'] as const).map((k) => (
            <option key={k} value={k}>
              {t(`video.patrol.kind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      {selection.kind !== 'town' && (
        <label>
          {t('video.patrol.target')}
          <select
            value={selection.id}
            onChange={(e) => props.onSelection({ kind: selection.kind, id: e.target.value })}
            data-testid="patrol-target"
          >
            {targets.map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        {t('video.patrol.interval')}
        <input
          type="number"
          min={MIN_INTERVAL_S}
          max={MAX_INTERVAL_S}
          value={draftInterval}
          onChange={(e) => setDraftInterval(e.target.value)}
          onBlur={() => {
            const n = Number(draftInterval);
            const next = Number.isFinite(n) && n > 0 ? clampInterval(n) : props.intervalS;
            setDraftInterval(String(next));
            if (next !== props.intervalS) props.onInterval(next);
          }}
        />
      </label>
    </div>
  );
}
