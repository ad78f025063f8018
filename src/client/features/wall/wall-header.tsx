import { useEffect, useState, type ReactElement, type ReactNode } from 'react';
import { useT } from '../../app/i18n/i18n';
import { ConnectionBanner } from '../../components/connection-banner';
import { DataAge } from '../../components/data-age';
import { formatClock, formatDateTime } from '../../lib/format-time';
import { useNow } from '../../lib/use-now';
import { useWallSummary } from '../../lib/wall/get-wall-summary';
import type { WallScene } from '../../../shared/schemas/wall';
import { SCENE_ORDER } from './wall-params';

function useFullscreen(): { active: boolean; toggle: () => void } {
  const [active, setActive] = useState(() => document.fullscreenElement !== null);
  useEffect(function followFullscreen() {
    const onChange = (): void => setActive(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return function stopFollowing() {
      document.removeEventListener('fullscreenchange', onChange);
    };
  }, []);
  return {
    active,
    toggle() {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      else void document.documentElement.requestFullscreen().catch(() => undefined);
    },
  };
}

interface Props {
  name: string | null;
  scene: WallScene;
  muted: boolean;
  onToggleMuted: () => void;
  extras?: ReactNode;
}

/** Town, date and clock, the duty leader, the wall's name and scene, and the live link's state. */
export function WallHeader({ name, scene, muted, onToggleMuted, extras }: Props): ReactElement {
  const t = useT();
  const now = useNow();
  const summary = useWallSummary();
  const fullscreen = useFullscreen();
  const leader = summary.data?.dutyLeader ?? null;
  return (
    <header className="wall-header">
      <div className="wall-header__side">
        <span className="wall-header__duty" data-testid="duty-leader">
          {leader ? t('wall.dutyLeader', { name: leader }) : t('wall.dutyNone')}
        </span>
        {name && <span className="wall-header__name">{t('wall.name', { name })}</span>}
        <ol className="wall-header__scenes" aria-label={t('wall.scene.overview')}>
          {SCENE_ORDER.map((s) => (
            <li key={s} className={s === scene ? 'is-current' : undefined} aria-current={s === scene}>
              {t(`wall.scene.${s}`)}
            </li>
          ))}
        </ol>
      </div>
      <h1 className="wall-header__title">{t('app.townCentre')}</h1>
      <div className="wall-header__side wall-header__side--end">
        <div className="wall-header__status">
          <ConnectionBanner className="wall-header__banner" />
          <DataAge />
        </div>
        <time className="wall-header__clock" dateTime={new Date(now).toISOString()}>
          <span className="wall-header__date">{formatDateTime(now).slice(0, 10)}</span>
          {formatClock(now)}
        </time>
        <div className="wall-header__tools">
          <button type="button" onClick={onToggleMuted} aria-pressed={muted}>
            {muted ? t('wall.unmute') : t('wall.mute')}
          </button>
          <button type="button" onClick={fullscreen.toggle}>
            {fullscreen.active ? t('wall.exitFullscreen') : t('wall.fullscreen')}
          </button>
          {extras}
        </div>
      </div>
    </header>
  );
}
