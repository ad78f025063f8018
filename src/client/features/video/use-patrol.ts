import { useCallback, useEffect, useReducer } from 'react';
import { createPatrol, goTo, pause, reconfigure, resume, tick, type PatrolState } from './patrol-machine';

type Action =
  | { type: 'tick'; now: number }
  | { type: 'pause'; now: number }
  | { type: 'resume'; now: number }
  | { type: 'step'; by: number; now: number }
  | { type: 'configure'; ids: readonly string[]; perPage: number; intervalMs: number; now: number };

function reduce(s: PatrolState, a: Action): PatrolState {
  switch (a.type) {
    case 'tick':
      return tick(s, a.now);
    case 'pause':
      return pause(s, a.now);
    case 'resume':
      return resume(s, a.now);
    case 'step':
      return goTo(s, s.page + a.by, a.now);
    case 'configure':
      return reconfigure(s, a, a.now);
  }
}

export interface PatrolControls {
  state: PatrolState;
  pause: () => void;
  resume: () => void;
  step: (by: number) => void;
}

const TICK_MS = 250;

/** Drives the pure patrol machine with a timer; the page only changes through it. */
export function usePatrol(
  ids: readonly string[],
  perPage: number,
  intervalMs: number,
  running: boolean,
): PatrolControls {
  const [state, dispatch] = useReducer(reduce, null, () =>
    createPatrol({ ids, perPage, intervalMs, paused: !running, now: Date.now() }),
  );
  const idsKey = ids.join('\n');

  useEffect(
    function followConfiguration() {
      dispatch({
        type: 'configure',
        ids: idsKey ? idsKey.split('\n') : [],
        perPage,
        intervalMs,
        now: Date.now(),
      });
    },
    [idsKey, perPage, intervalMs],
  );

  useEffect(function runTimer() {
    const timer = setInterval(() => dispatch({ type: 'tick', now: Date.now() }), TICK_MS);
    return function stopTimer() {
      clearInterval(timer);
    };
  }, []);

  return {
    state,
    pause: useCallback(() => dispatch({ type: 'pause', now: Date.now() }), []),
    resume: useCallback(() => dispatch({ type: 'resume', now: Date.now() }), []),
    step: useCallback((by: number) => dispatch({ type: 'step', by, now: Date.now() }), []),
  };
}
