import type { ReactElement } from 'react';
import { useT } from '../../app/i18n/i18n';
import { useNow } from '../../lib/use-now';
import { countdownMs, pageCount, type PatrolState } from './patrol-machine';
import type { PatrolControls } from './use-patrol';

interface Props {
  roundName: string;
  patrol: PatrolControls;
  /** The wall shows the state only; the console can steer. */
  controls: boolean;
}

/** The patrol's state in words: round, page k/n, countdown to the next change or 已暂停. */
export function PatrolBar({ roundName, patrol, controls }: Props): ReactElement {
  const t = useT();
  const now = useNow(500);
  const s: PatrolState = patrol.state;
  const count = pageCount(s);
  const seconds = Math.ceil(countdownMs(s, now) / 1000);
  return (
    <div
      className="video-patrol"
      data-testid="video-patrol"
      data-page={s.page + 1}
      data-pages={count}
      data-paused={s.paused ? 'true' : 'false'}
    >
      <strong>{t('video.patrol.round', { name: roundName })}</strong>
      <span>{t('video.patrol.cameras', { count: s.ids.length })}</span>
      <span data-testid="video-patrol-page">{t('video.patrol.page', { page: s.page + 1, count })}</span>
      <span aria-live="off">
        {s.paused ? t('video.patrol.paused') : t('video.patrol.countdown', { seconds })}
      </span>
      {controls && (
        <span className="video-patrol__buttons">
          <button type="button" onClick={() => patrol.step(-1)} disabled={count < 2}>
            {t('video.patrol.prev')}
          </button>
          {s.paused ? (
            <button type="button" onClick={patrol.resume} data-testid="patrol-resume">
              {t('video.patrol.resume')}
            </button>
          ) : (
            <button type="button" onClick={patrol.pause} data-testid="patrol-pause">
              {t('video.patrol.pause')}
            </button>
          )}
          <button type="button" onClick={() => patrol.step(1)} disabled={count < 2}>
            {t('video.patrol.next')}
          </button>
        </span>
      )}
    </div>
  );
}
