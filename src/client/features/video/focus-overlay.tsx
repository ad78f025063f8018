import { useEffect, useRef, type ReactElement } from 'react';
import type { Camera, CameraStream } from '../../../shared/schemas/town';
import { useT } from '../../app/i18n/i18n';
import { FOCUS_HLS_CONFIG } from '../../lib/video/hls-config';
import { CameraSnapshot } from './camera-snapshot';
import { useHlsPlayer } from './use-hls-player';

function playable(stream: CameraStream | undefined): string | null {
  if (!stream || stream.codec !== 'h264') return null;
  return stream.hls ?? stream.llhls ?? null;
}

/** The main stream (or the sub stream when there is none) of one camera, full screen, one player. */
export function FocusOverlay({ camera, onClose }: { camera: Camera; onClose: () => void }): ReactElement {
  const t = useT();
  const main = playable(camera.streams.main);
  const url = camera.status === 'offline' ? null : (main ?? playable(camera.streams.sub));
  const videoRef = useRef<HTMLVideoElement>(null);
  const state = useHlsPlayer(videoRef, url, FOCUS_HLS_CONFIG);

  useEffect(
    function closeOnEscape() {
      function handleKeyDown(event: KeyboardEvent): void {
        if (event.key === 'Escape') onClose();
      }
      window.addEventListener('keydown', handleKeyDown);
      return function stopListening() {
        window.removeEventListener('keydown', handleKeyDown);
      };
    },
    [onClose],
  );

  const stream = t(main ? 'video.focus.main' : 'video.focus.sub');
  return (
    <div
      className="video-focus"
      role="dialog"
      aria-modal="true"
      aria-label={camera.name}
      data-testid="video-focus"
      data-state={url ? state : 'snapshot'}
    >
      <div className="video-focus__bar">
        <span>{t('video.focus.title', { name: camera.name, stream })}</span>
        <button type="button" onClick={onClose}>
          {t('video.focus.close')}
        </button>
      </div>
      {url && state !== 'unsupported' ? (
        <video ref={videoRef} className="video-focus__video" muted playsInline autoPlay />
      ) : (
        <div className="video-focus__still">
          <CameraSnapshot url={camera.snapshotUrl} alt={camera.name} />
          {camera.streams.sub.codec === 'h265' && (
            <span className="video-tile__notice">{t('video.state.needsTranscode')}</span>
          )}
        </div>
      )}
    </div>
  );
}
