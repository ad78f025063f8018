import { useState, type ReactElement } from 'react';
import { useT } from '../../app/i18n/i18n';
import { snapshotSrc } from '../../lib/video/snapshot-src';
import { useNow } from '../../lib/use-now';

/** A camera's still, re-read every 30 s (cache-busted); a placeholder when there is none. */
export function CameraSnapshot({ url, alt }: { url: string | null; alt: string }): ReactElement {
  const t = useT();
  const now = useNow(10_000);
  const src = url ? snapshotSrc(url, now) : null;
  const [failedSrc, setFailedSrc] = useState<string | null>(null);
  if (!src || failedSrc === src) {
    return <div className="video-snapshot video-snapshot--none">{t('video.state.noSnapshot')}</div>;
  }
  return (
    <img
      className="video-snapshot"
      src={src}
      alt={alt}
      loading="lazy"
      decoding="async"
      onError={() => setFailedSrc(src)}
    />
  );
}
