import { useRef, type ReactElement, type ReactNode } from 'react';
import type { Camera } from '../../../shared/schemas/town';
import { useT } from '../../app/i18n/i18n';
import { TILE_HLS_CONFIG } from '../../lib/video/hls-config';
import { tilePlaylist } from '../../lib/video/prefetch-page';
import { CameraSnapshot } from './camera-snapshot';
import { TileCaption } from './tile-caption';
import { useHlsPlayer } from './use-hls-player';

export type TileState = 'playing' | 'loading' | 'stalled' | 'offline' | 'needs-transcode' | 'snapshot';

interface Props {
  camera: Camera;
  gridName: string;
  onOpen: (camera: Camera) => void;
  /** Ringed in red: the camera of the alert being handled. */
  highlighted?: boolean;
}

/**
 * One camera on the wall. Only an online H.264 camera gets a <video>; an offline one shows its
 * still, an H.265 one says 需转码 (browsers cannot decode it) and never creates a player.
 */
export function VideoTile({ camera, gridName, onOpen, highlighted = false }: Props): ReactElement {
  const t = useT();
  const playlist = tilePlaylist(camera);
  const frame = (state: TileState, body: ReactNode): ReactElement => (
    <TileFrame camera={camera} gridName={gridName} state={state} onOpen={onOpen} highlighted={highlighted}>
      {body}
    </TileFrame>
  );
  if (camera.status === 'offline') {
    return frame(
      'offline',
      <>
        <CameraSnapshot url={camera.snapshotUrl} alt={camera.name} />
        <span className="video-tile__notice">{t('video.state.offline')}</span>
      </>,
    );
  }
  if (camera.streams.sub.codec === 'h265') {
    return frame(
      'needs-transcode',
      <>
        <CameraSnapshot url={camera.snapshotUrl} alt={camera.name} />
        <span className="video-tile__notice">{t('video.state.needsTranscode')}</span>
      </>,
    );
  }
  if (!playlist) return frame('snapshot', <CameraSnapshot url={camera.snapshotUrl} alt={camera.name} />);
  return (
    <LiveTile
      camera={camera}
      gridName={gridName}
      playlist={playlist}
      onOpen={onOpen}
      highlighted={highlighted}
    />
  );
}

function LiveTile({ playlist, ...rest }: Props & { playlist: string }): ReactElement {
  const t = useT();
  const videoRef = useRef<HTMLVideoElement>(null);
  const player = useHlsPlayer(videoRef, playlist, TILE_HLS_CONFIG);
  const state: TileState = player === 'unsupported' ? 'snapshot' : player;
  return (
    <TileFrame {...rest} state={state}>
      {player === 'unsupported' ? (
        <CameraSnapshot url={rest.camera.snapshotUrl} alt={rest.camera.name} />
      ) : (
        <video ref={videoRef} className="video-tile__video" muted playsInline autoPlay />
      )}
      {state === 'loading' && <span className="video-tile__notice">{t('video.state.loading')}</span>}
      {state === 'stalled' && <span className="video-tile__notice">{t('video.state.stalled')}</span>}
    </TileFrame>
  );
}

function TileFrame({
  camera,
  gridName,
  state,
  onOpen,
  highlighted = false,
  children,
}: Props & { state: TileState; children: ReactNode }): ReactElement {
  const t = useT();
  return (
    <div
      className={`video-tile video-tile--${state} video-tile--${camera.status}${highlighted ? ' video-tile--alert' : ''}`}
      data-testid="video-tile"
      data-camera-id={camera.id}
      data-alert={highlighted ? 'true' : undefined}
      data-state={state}
    >
      {children}
      <TileCaption camera={camera} gridName={gridName} />
      <button
        type="button"
        className="video-tile__open"
        aria-label={t('video.tile.open', { name: camera.name })}
        onClick={() => onOpen(camera)}
      />
    </div>
  );
}
