import { useEffect, useRef, useState } from 'react';
import { beep } from '../../lib/dispatch/p1-alarm';
import type { TickerEntry } from '../../realtime/ticker-store';

const MUTE_KEY = 'gridcommand.wall.muted';

/** Entries that flash and sound: P1 orders and camera alerts. */
export function isAlarming(entry: TickerEntry): boolean {
  return (entry.kind === 'created' && entry.priority === 'P1') || entry.kind === 'camera-alert';
}

function readMuted(): boolean {
  try {
    return window.localStorage.getItem(MUTE_KEY) === 'true';
  } catch {
    return false;
  }
}

/** Sounds once per new alarming entry (not for those present at start), unless muted. */
export function useWallAlarm(entries: readonly TickerEntry[]): { muted: boolean; toggleMuted: () => void } {
  const [muted, setMuted] = useState(readMuted);
  const lastSeq = useRef<number | null>(null);
  useEffect(
    function soundNewAlarms() {
      const newest = entries[0]?.seq ?? 0;
      const previous = lastSeq.current;
      lastSeq.current = Math.max(previous ?? 0, newest);
      if (previous === null || muted) return;
      if (entries.some((e) => e.seq > previous && isAlarming(e))) beep();
    },
    [entries, muted],
  );
  return {
    muted,
    toggleMuted() {
      setMuted((m) => {
        try {
          window.localStorage.setItem(MUTE_KEY, String(!m));
        } catch {
          // Kiosk storage may be off: the choice holds until reload.
        }
        return !m;
      });
    },
  };
}
