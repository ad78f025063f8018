import { useState, type ReactElement } from 'react';
import type { Camera } from '../../../shared/schemas/town';
import { useT } from '../../app/i18n/i18n';
import { CameraSnapshot } from './camera-snapshot';
import type { CameraGroup } from './camera-groups-store';
import type { PatrolPages } from './video-wall';

interface Props {
  cameras: readonly Camera[];
  pages: PatrolPages;
  groups: readonly CameraGroup[];
  onSaveGroup: (group: CameraGroup) => void;
  onDeleteGroup: (name: string) => void;
}

/**
 * The selection's cameras in words (no pictures: 300 stills would be 300 requests), stills of the
 * next patrol page only, and the camera groups (ticked cameras saved under a name).
 */
export function CameraList({ cameras, pages, groups, onSaveGroup, onDeleteGroup }: Props): ReactElement {
  const t = useT();
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [name, setName] = useState('');
  const onWall = new Set(pages.current.map((c) => c.id));

  function toggle(id: string): void {
    const next = new Set(ticked);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setTicked(next);
  }

  return (
    <aside className="video-side">
      {pages.next.length > 0 && (
        <section>
          <h3>{t('video.list.next')}</h3>
          <div className="video-side__next" data-testid="video-next-page">
            {pages.next.map((c) => (
              <figure key={c.id} data-camera-id={c.id}>
                <CameraSnapshot url={c.snapshotUrl} alt={c.name} />
                <figcaption>{c.name}</figcaption>
              </figure>
            ))}
          </div>
        </section>
      )}
      <section>
        <h3>
          {t('video.list.title')} · {t('video.patrol.cameras', { count: cameras.length })}
        </h3>
        <ul className="video-side__list">
          {cameras.map((c) => (
            <li key={c.id} className={onWall.has(c.id) ? 'is-on-wall' : undefined}>
              <label>
                <input type="checkbox" checked={ticked.has(c.id)} onChange={() => toggle(c.id)} />
                {c.name}
              </label>
              <span className={`video-badge video-badge--${c.status}`}>{t(`video.status.${c.status}`)}</span>
            </li>
          ))}
        </ul>
      </section>
      <section>
        <form
          className="video-side__group-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!name.trim() || ticked.size === 0) return;
            onSaveGroup({
              name: name.trim(),
              cameraIds: cameras.filter((c) => ticked.has(c.id)).map((c) => c.id),
            });
            setName('');
            setTicked(new Set());
          }}
        >
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder={t('video.group.name')}
            maxLength={60}
          />
          <button type="submit" disabled={!name.trim() || ticked.size === 0}>
            {t('video.group.save')}
          </button>
        </form>
        <p className="video-side__note">{t('video.group.localNote')}</p>
        <ul className="video-side__groups">
          {groups.length === 0 && <li>{t('video.group.none')}</li>}
          {groups.map((g) => (
            <li key={g.name}>
              {g.name} ({g.cameraIds.length})
              <button
                type="button"
                onClick={() => onDeleteGroup(g.name)}
                aria-label={t('video.group.delete', { name: g.name })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      </section>
    </aside>
  );
}
