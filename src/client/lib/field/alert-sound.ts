import { useCallback, useState } from 'react';

type AudioContextClass = new () => AudioContext;

let context: AudioContext | null = null;

function audioContextClass(): AudioContextClass | undefined {
  const scope = globalThis as { AudioContext?: AudioContextClass; webkitAudioContext?: AudioContextClass };
  return scope.AudioContext ?? scope.webkitAudioContext;
}

/**
 * Phones only let a page make sound after a touch: call this from one (any tap on the page), so the
 * beep can play later when an alert arrives without one.
 */
export function primeAudio(): AudioContext | null {
  const Context = audioContextClass();
  if (!Context) return null;
  if (!(context instanceof Context)) context = new Context();
  if (context.state === 'suspended') void context.resume().catch(() => undefined);
  return context;
}

/** Two short rising tones, made with the Web Audio API: no sound file to load or cache. */
export function beep(): void {
  const audio = primeAudio();
  if (!audio) return;
  const start = audio.currentTime;
  for (const [offset, frequency] of [
    [0, 880],
    [0.25, 1175],
  ] as const) {
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, start + offset);
    gain.gain.exponentialRampToValueAtTime(0.4, start + offset + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.2);
    oscillator.connect(gain);
    gain.connect(audio.destination);
    oscillator.start(start + offset);
    oscillator.stop(start + offset + 0.22);
  }
}

export function vibrate(): void {
  if (typeof navigator.vibrate === 'function') navigator.vibrate([200, 100, 200]);
}

const MUTE_KEY = 'gridcommand.field.muted';

export function readMuted(): boolean {
  try {
    return window.localStorage.getItem(MUTE_KEY) === '1';
  } catch {
    return false;
  }
}

/** The alert sound's mute switch, kept on the phone across reloads. */
export function useMuted(): [boolean, (muted: boolean) => void] {
  const [muted, setMutedState] = useState(readMuted);
  const setMuted = useCallback((next: boolean) => {
    setMutedState(next);
    try {
      window.localStorage.setItem(MUTE_KEY, next ? '1' : '0');
    } catch {
      // Not kept; it still holds until the page reloads.
    }
  }, []);
  return [muted, setMuted];
}
