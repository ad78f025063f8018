import type { ReactElement } from 'react';
import { useT } from '../../app/i18n/i18n';

/** Placeholder with the real meeting id until joint consultation (联合会商) is built. */
export function MeetingPage({ meetingId }: { meetingId: string }): ReactElement {
  const t = useT();
  return (
    <div className="page">
      <h1>{t('meeting.title')}</h1>
      <p className="mono" data-testid="meeting-id">
        {t('meeting.id', { id: meetingId })}
      </p>
      <p className="muted">{t('meeting.note')}</p>
    </div>
  );
}
