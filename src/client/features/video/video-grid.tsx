import type { ReactElement } from 'react';
import type { Camera } from '../../../shared/schemas/town';
import { useT } from '../../app/i18n/i18n';
import type { Layout } from './video-params';
import { VideoTile } from './video-tile';

interface Props {
  cameras: readonly Camera[];
  layout: Layout;
  gridNames: ReadonlyMap<string, string>;
  onOpen: (camera: Camera) => void;
  /** The alerting camera's tile, ringed in red. */
  highlightId?: string | null;
}

/** 1/4/9/16 tiles; keyed by camera id, so a patrol step unmounts (destroys) the old page's players. */
export function VideoGrid({ cameras, layout, gridNames, onOpen, highlightId = null }: Props): ReactElement {
  const t = useT();
  const side = Math.sqrt(layout);
  const shown = cameras.slice(0, layout);
  const empty = Array.from({ length: layout - shown.length }, (_, i) => i);
  return (
    <div
      className="video-grid"
      data-testid="video-grid"
      data-layout={layout}
      style={{ gridTemplateColumns: `repeat(${side}, minmax(0, 1fr))` }}
    >
      {shown.map((camera) => (
        <VideoTile
          key={camera.id}
          camera={camera}
          gridName={gridNames.get(camera.gridId) ?? camera.gridId}
          onOpen={onOpen}
          highlighted={camera.id === highlightId}
        />
      ))}
      {empty.map((i) => (
        <div key={`empty-${i}`} className="video-tile video-tile--empty">
          {t('video.tile.empty')}
        </div>
      ))}
    </div>
  );
}
