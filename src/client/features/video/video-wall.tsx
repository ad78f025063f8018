import { useCallback, useEffect, useMemo, useRef, useState, type ReactElement, type ReactNode } from 'react';
import type { Camera } from '../../../shared/schemas/town';
import { useT } from '../../app/i18n/i18n';
import { prefetchPage } from '../../lib/video/prefetch-page';
import { FocusOverlay } from './focus-overlay';
import { nextPageIds, pageIds } from './patrol-machine';
import { PatrolBar } from './patrol-bar';
import { usePatrol } from './use-patrol';
import { VideoGrid } from './video-grid';
import type { Layout } from './video-params';

export interface PatrolPages {
  current: readonly Camera[];
  next: readonly Camera[];
}

interface Props {
  cameras: readonly Camera[];
  gridNames: ReadonlyMap<string, string>;
  layout: Layout;
  intervalMs: number;
  running: boolean;
  roundName: string;
  controls: boolean;
  aside?: (pages: PatrolPages) => ReactNode;
  /** A camera with an open alert: shown first, highlighted, and the patrol pauses until it is handled. */
  alertCamera?: Camera | null;
  /** The alert's pop-up, laid over the wall's corner. */
  alertPanel?: ReactNode;
}

/**
 * The live wall: one page of the selection plays, the patrol turns the pages, and the next page is
 * warmed (stills and playlists) without a player. A focused camera pauses the patrol.
 */
export function VideoWall({
  cameras,
  gridNames,
  layout,
  intervalMs,
  running,
  roundName,
  controls,
  aside,
  alertCamera = null,
  alertPanel = null,
}: Props): ReactElement {
  const t = useT();
  const ids = useMemo(() => cameras.map((c) => c.id), [cameras]);
  const patrol = usePatrol(ids, layout, intervalMs, running);
  const [focused, setFocused] = useState<Camera | null>(null);
  const byId = useMemo(() => new Map(cameras.map((c) => [c.id, c])), [cameras]);
  const pick = useCallback((list: readonly string[]) => list.flatMap((id) => byId.get(id) ?? []), [byId]);
  const current = useMemo(() => pick(pageIds(patrol.state)), [pick, patrol.state]);
  const next = useMemo(() => pick(nextPageIds(patrol.state)), [pick, patrol.state]);
  const nextKey = next.map((c) => c.id).join(',');

  useEffect(
    function prepareNextPage() {
      if (!nextKey) return;
      const abort = new AbortController();
      prefetchPage(next, Date.now(), abort.signal);
      return function stopPreparing() {
        abort.abort();
      };
    },
    // The page's cameras, not their status patches, decide what to warm.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [nextKey],
  );

  const { pause, resume } = patrol;
  // Resume on close only what was running when the operator opened a camera.
  const resumeOnClose = useRef(false);
  const paused = patrol.state.paused;
  const open = useCallback(
    (camera: Camera) => {
      resumeOnClose.current = !paused;
      pause();
      setFocused(camera);
    },
    [pause, paused],
  );
  const close = useCallback(() => {
    setFocused(null);
    if (resumeOnClose.current) resume();
  }, [resume]);

  // An alert pauses the patrol and resumes it once handled, unless someone had paused it already.
  const alertId = alertCamera?.id ?? null;
  const alerting = alertId !== null;
  const resumeAfterAlert = useRef(false);
  useEffect(
    function pauseForAlerts() {
      if (!alerting) return;
      resumeAfterAlert.current = !paused;
      pause();
      return function resumeWhenAllHandled() {
        if (resumeAfterAlert.current) resume();
      };
    },
    // Only whether alerts wait decides (one alert after another keeps the patrol paused); the
    // pause this causes must not re-run it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [alerting],
  );
  const shown = useMemo(
    () => (alertCamera ? [alertCamera, ...current.filter((c) => c.id !== alertCamera.id)] : current),
    [alertCamera, current],
  );

  return (
    <div className="video-wall" data-testid="video-wall">
      <PatrolBar roundName={roundName} patrol={patrol} controls={controls} />
      <div className="video-wall__body">
        {cameras.length === 0 ? (
          <p className="video-wall__empty">{t('video.patrol.empty')}</p>
        ) : (
          <VideoGrid
            cameras={shown}
            layout={layout}
            gridNames={gridNames}
            onOpen={open}
            highlightId={alertId}
          />
        )}
        {alertPanel ? <div className="video-wall__alert">{alertPanel}</div> : null}
        {aside?.({ current, next })}
      </div>
      {focused && <FocusOverlay camera={byId.get(focused.id) ?? focused} onClose={close} />}
    </div>
  );
}
