import { useMemo, type CSSProperties, type ReactElement, type ReactNode } from 'react';
import { useT } from '../../app/i18n/i18n';
import { formatClock } from '../../lib/format-time';
import { useConnection } from '../../realtime/connection-store';
import { useTicker } from '../../realtime/ticker-store';
import { WallHeader } from './wall-header';
import { parseWallParams } from './wall-params';
import { WallScenes } from './wall-scenes';
import { WallTicker } from './wall-ticker';
import { WallKpis } from './wall-kpis';
import { useStage } from './use-stage';
import { useHeapWatchdog, usePixelShift, useSceneRotation, useWakeLock } from './use-unattended';
import { useWallAlarm } from './use-wall-alarm';
import { useTickerBackfill } from './use-ticker-backfill';
import './wall.css';

/**
 * The command centre's wall (大屏): unattended, dark, readable from across the room. Laid out in
 * 1920×1080 design units and re-laid at the real size (`--u` = CSS px per design px), letterboxed
 * on other aspect ratios; never one CSS transform over the page, which would blur canvases.
 */
export function WallPage({
  headerExtras,
  videoScene,
}: {
  headerExtras?: ReactNode;
  /** The `video` scene, composed in app/ (features do not import each other). */
  videoScene?: ReactNode;
}): ReactElement {
  const t = useT();
  const params = useMemo(() => parseWallParams(window.location.search), []);
  const stage = useStage();
  const scene = useSceneRotation(params.scene ?? 'overview', params.rotate, params.rotateSeconds);
  const [shiftX, shiftY] = usePixelShift();
  useTickerBackfill();
  const ticker = useTicker();
  const alarm = useWallAlarm(ticker);
  const connection = useConnection();
  useWakeLock();
  useHeapWatchdog(params.heapLimitMb, params.heapCheckMs);

  const style = {
    '--u': `${stage.scale}px`,
    width: stage.width,
    height: stage.height,
    left: stage.left + shiftX * stage.scale,
    top: stage.top + shiftY * stage.scale,
  } as CSSProperties;
  return (
    <div className="wall-screen theme-dark">
      <div
        className={`wall wall--${scene}`}
        data-testid="wall"
        data-scene={scene}
        data-stale={connection.stale ? 'true' : 'false'}
        style={style}
      >
        <WallHeader
          name={params.name}
          scene={scene}
          muted={alarm.muted}
          onToggleMuted={alarm.toggleMuted}
          extras={headerExtras}
        />
        <WallKpis />
        <WallScenes scene={scene} scale={stage.scale} measure={params.measure} videoScene={videoScene} />
        <WallTicker entries={ticker} />
        {connection.stale && (
          <div className="wall-stale" role="alert" data-testid="stale-banner">
            {t('wall.stale', { time: formatClock(connection.freshAt) })}
          </div>
        )}
      </div>
    </div>
  );
}
