import type { ReactElement } from 'react';
import type { WorkOrder } from '../../../shared/schemas/work-order';
import { useT } from '../../app/i18n/i18n';
import type { Translate } from '../../app/i18n/i18n';
import { stageView, timeLeft } from '../../lib/field/my-orders';
import { formatShortDateTime } from '../../lib/format-time';

function durationText(due: string, now: number, t: Translate): string {
  const { overdue, days, hours, minutes } = timeLeft(due, now);
  const parts = [
    days > 0 ? t('field.days', { n: days }) : '',
    hours > 0 ? t('field.hours', { n: hours }) : '',
    days === 0 ? t('field.minutes', { n: minutes }) : '',
  ].filter(Boolean);
  return t(overdue ? 'field.overdue' : 'field.remaining', { time: parts.join(' ') });
}

/** The running stage's deadline (签收 or 处置), a countdown and its card colour. */
export function DeadlineLine({ order, now }: { order: WorkOrder; now: number }): ReactElement | null {
  const t = useT();
  const stage = stageView(order);
  if (!stage) return null;
  return (
    <p className={`field-deadline field-deadline--${stage.colour}`} data-testid="field-deadline">
      <span className={`field-card-colour field-card-colour--${stage.colour}`}>
        {t(`field.colour.${stage.colour}`)}
      </span>
      <span>
        {t(stage.stage === 'signOff' ? 'order.signOffDeadline' : 'order.resolveDeadline')}{' '}
        {formatShortDateTime(stage.due)}
      </span>
      <strong className="field-deadline__left">
        {stage.paused ? t('field.paused') : durationText(stage.due, now, t)}
      </strong>
    </p>
  );
}
