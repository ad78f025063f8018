import { useCallback, useMemo, useState, type ReactElement } from 'react';
import { useT } from '../../app/i18n/i18n';
import { Link, useSearchParams } from '../../app/router/router';
import { LoadError, Loading } from '../../components/query-state';
import { can } from '../../../shared/auth/policy';
import { useMe } from '../../lib/auth';
import { AlertPopup } from './alerts/alert-popup';
import { useAlertFocus } from './alerts/use-alert-focus';
import { CameraList } from './camera-list';
import { deleteGroup, readGroups, saveGroup, type CameraGroup } from './camera-groups-store';
import { formatSelection, selectCameras, type PatrolSelection } from './patrol-selection';
import { roundName } from './round-name';
import { SelectionPicker } from './selection-picker';
import { useVideoCameras } from './use-video-cameras';
import { parseVideoParams, type Layout } from './video-params';
import { VideoWall } from './video-wall';
import './video.css';

/**
 * 视频巡查 at /console/video: the live wall with its layout, the patrol's selection and interval
 * (all in the URL: `?layout=9&patrol=grid:YT-JC-01&interval=5`), the camera list and groups.
 */
export function VideoPage(): ReactElement {
  const t = useT();
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => parseVideoParams(search.toString(), { runByDefault: false }), [search]);
  const [groups, setGroups] = useState<CameraGroup[]>(readGroups);
  const video = useVideoCameras();
  const selected = useMemo(
    () => selectCameras(params.selection, video.cameras, video.grids, groups),
    [params.selection, video.cameras, video.grids, groups],
  );

  const me = useMe();
  const focus = useAlertFocus(video.cameras);
  const update = useCallback(
    (name: string, value: string) => {
      const next = new URLSearchParams(search);
      next.set(name, value);
      next.delete('intervalMs');
      setSearch(next, true);
    },
    [search, setSearch],
  );

  return (
    <div className="video-page" data-testid="video-page">
      <div className="video-page__bar">
        <h2>{t('video.title')}</h2>
        <Link to="/console">{t('video.backToConsole')}</Link>
        <SelectionPicker
          selection={params.selection}
          layout={params.layout}
          intervalS={Math.round(params.intervalMs / 1000)}
          grids={video.grids}
          villageNames={video.villageNames}
          groups={groups}
          onSelection={(s: PatrolSelection) => update('patrol', formatSelection(s))}
          onLayout={(l: Layout) => update('layout', String(l))}
          onInterval={(seconds: number) => update('interval', String(seconds))}
        />
      </div>
      {video.isLoading ? (
        <Loading />
      ) : video.error ? (
        <LoadError error={video.error} />
      ) : (
        // A new selection, layout or interval starts a fresh round (and a fresh patrol state).
        <VideoWall
          key={`${formatSelection(params.selection)}|${params.layout}|${params.intervalMs}|${params.running}`}
          cameras={selected}
          gridNames={video.gridNames}
          layout={params.layout}
          intervalMs={params.intervalMs}
          running={params.running}
          roundName={roundName(params.selection, t, video.gridNames, video.villageNames)}
          controls
          alertCamera={focus.camera}
          alertPanel={
            focus.alert ? (
              <AlertPopup
                alert={focus.alert}
                remaining={focus.remaining}
                gridName={video.gridNames.get(focus.alert.gridId) ?? focus.alert.gridId}
                canHandle={me.data ? can(me.data.role, 'camera-alert:handle') : false}
              />
            ) : null
          }
          aside={(pages) => (
            <CameraList
              cameras={selected}
              pages={pages}
              groups={groups}
              onSaveGroup={(g) => setGroups((list) => saveGroup(list, g))}
              onDeleteGroup={(name) => setGroups((list) => deleteGroup(list, name))}
            />
          )}
        />
      )}
    </div>
  );
}
