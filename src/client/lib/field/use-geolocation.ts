import { useCallback, useState } from 'react';
import type { LatLng } from '../../../shared/schemas/common';

export type GeoState =
  | { status: 'idle' | 'locating' | 'denied' | 'unavailable'; position: null }
  | { status: 'located'; position: LatLng; accuracy: number };

const IDLE: GeoState = { status: 'idle', position: null };

/** The phone's position on request; `denied` lets the form offer a grid centre instead. */
export function useGeolocation(): [GeoState, () => void] {
  const [state, setState] = useState<GeoState>(IDLE);
  const locate = useCallback(() => {
    if (!('geolocation' in navigator) || !navigator.geolocation) {
      setState({ status: 'unavailable', position: null });
      return;
    }
    setState({ status: 'locating', position: null });
    navigator.geolocation.getCurrentPosition(
      (pos) =>
        setState({
          status: 'located',
          position: { lat: pos.coords.latitude, lng: pos.coords.longitude },
          accuracy: pos.coords.accuracy,
        }),
      (error) =>
        setState({
          status: error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable',
          position: null,
        }),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  }, []);
  return [state, locate];
}
