import type { ReactElement } from 'react';
import type { Camera } from '../../../shared/schemas/town';
import { useT } from '../../app/i18n/i18n';
import { formatClock } from '../../lib/format-time';
import { useNow } from '../../lib/use-now';

/** Name, grid, status badge and a clock over a tile. */
export function TileCaption({ camera, gridName }: { camera: Camera; gridName: string }): ReactElement {
  const t = useT();
  return (
    <div className="video-tile__caption">
      <span className="video-tile__name" title={camera.name}>
        {camera.name}
      </span>
      <span className="video-tile__grid">{gridName}</span>
      <span className={`video-badge video-badge--${camera.status}`} data-testid="video-status">
        {t(`video.status.${camera.status}`)}
      </span>
      <TileClock />
    </div>
  );
}

function TileClock(): ReactElement {
  const now = useNow(1000);
  return <span className="video-tile__clock">{formatClock(now)}</span>;
}
