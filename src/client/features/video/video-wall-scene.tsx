import { useMemo, useState, type ReactElement } from 'react';
import { useT } from '../../app/i18n/i18n';
import { AlertPopup } from './alerts/alert-popup';
import { useAlertFocus } from './alerts/use-alert-focus';
import { readGroups } from './camera-groups-store';
import { selectCameras } from './patrol-selection';
import { roundName } from './round-name';
import { useVideoCameras } from './use-video-cameras';
import { parseVideoParams } from './video-params';
import { VideoWall } from './video-wall';
import './video.css';

/**
 * The wall's `video` scene (`/wall?scene=video&patrol=village:V01&interval=30&layout=16`): the
 * patrol runs on its own; the wall shows its state but offers no controls.
 */
export function VideoWallScene(): ReactElement {
  const t = useT();
  const params = useMemo(() => parseVideoParams(window.location.search, { runByDefault: true }), []);
  const [groups] = useState(readGroups);
  const { cameras, grids, gridNames, villageNames } = useVideoCameras();
  const selected = useMemo(
    () => selectCameras(params.selection, cameras, grids, groups),
    [params.selection, cameras, grids, groups],
  );
  const focus = useAlertFocus(cameras);
  return (
    <main className="wall-body wall-body--video" data-testid="scene-video">
      <VideoWall
        cameras={selected}
        gridNames={gridNames}
        layout={params.layout}
        intervalMs={params.intervalMs}
        running={params.running}
        roundName={roundName(params.selection, t, gridNames, villageNames)}
        controls={false}
        alertCamera={focus.camera}
        alertPanel={
          focus.alert ? (
            <AlertPopup
              alert={focus.alert}
              remaining={focus.remaining}
              gridName={gridNames.get(focus.alert.gridId) ?? focus.alert.gridId}
              canHandle={false}
            />
          ) : null
        }
      />
    </main>
  );
}
