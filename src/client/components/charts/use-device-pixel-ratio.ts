import { useEffect, useState } from 'react';

function readDevicePixelRatio(): number {
  return typeof window !== 'undefined' && window.devicePixelRatio > 0 ? window.devicePixelRatio : 1;
}

/**
 * window.devicePixelRatio, updated when it changes (browser zoom, the window moved to another
 * screen). A canvas keeps the ratio it was created with, so a chart re-creates itself on a change.
 */
export function useDevicePixelRatio(): number {
  const [ratio, setRatio] = useState(readDevicePixelRatio);
  useEffect(
    function watchDevicePixelRatio() {
      if (typeof window.matchMedia !== 'function') return undefined;
      // A resolution query matches only the current ratio, so it fires once when the ratio changes;
      // the effect then re-runs with a query for the new one.
      const query = window.matchMedia(`(resolution: ${ratio}dppx)`);
      const handleChange = (): void => setRatio(readDevicePixelRatio());
      query.addEventListener('change', handleChange);
      return function stopWatchingDevicePixelRatio() {
        query.removeEventListener('change', handleChange);
      };
    },
    [ratio],
  );
  return ratio;
}
