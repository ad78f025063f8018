import type { ReactElement } from 'react';
import type { CardColour, StageClock, StageName, WorkOrder } from '../../../shared/schemas/work-order';
import { useT } from '../../app/i18n/i18n';
import { formatDateTime } from '../../lib/format-time';
import { useNow } from '../../lib/use-now';
import { DetailRow } from './detail-row';
import { formatCountdown } from './format-duration';

const STAGES: readonly StageName[] = ['signOff', 'resolve'];
/** Only these statuses run a clock; before 立案 and after 处置 there is nothing to count down. */
const RUNNING: ReadonlySet<WorkOrder['status']> = new Set([
  'registered',
  'dispatched',
  'accepted',
  'in_progress',
]);

export function CardChip({ colour }: { colour: CardColour }): ReactElement {
  const t = useT();
  return (
    <span className={`card-chip card-chip--${colour}`} data-testid="card-chip">
      {t(`dispatch.card.${colour}`)}
    </span>
  );
}

/** The stage whose card the header shows: the first one still running (`metAt === null`). */
export function runningStage(order: Pick<WorkOrder, 'status' | 'clocks'>): StageClock | null {
  if (!RUNNING.has(order.status)) return null;
  return STAGES.map((stage) => order.clocks[stage]).find((clock) => clock && clock.metAt === null) ?? null;
}

function StageState({
  order,
  stage,
  now,
}: {
  order: WorkOrder;
  stage: StageName;
  now: number;
}): ReactElement | null {
  const t = useT();
  const clock = order.clocks[stage];
  const due = order.deadlines[stage];
  if (clock === null) return null;
  if (clock.metAt !== null) {
    const late = due !== null && Date.parse(clock.metAt) > Date.parse(due);
    return (
      <span className="stage-clock__met">
        {t(late ? 'dispatch.clock.metLate' : 'dispatch.clock.metOnTime', {
          time: formatDateTime(clock.metAt),
        })}
      </span>
    );
  }
  if (!RUNNING.has(order.status)) return null;
  return (
    <>
      <CardChip colour={clock.colour} />
      {due === null ? (
        <span className="stage-clock__paused">{t('dispatch.clock.paused')}</span>
      ) : (
        <span className="stage-clock__countdown" role="timer" data-testid={`countdown-${stage}`}>
          {formatCountdown(t, due, now)}
        </span>
      )}
    </>
  );
}

/** Both deadlines (签收, 处置), each with its card and a live countdown while it runs. */
export function StageClocks({ order }: { order: WorkOrder }): ReactElement {
  const t = useT();
  const now = useNow(1000);
  return (
    <>
      {STAGES.map((stage) => {
        const due = order.deadlines[stage];
        return (
          <DetailRow
            key={stage}
            label={t(stage === 'signOff' ? 'order.signOffDeadline' : 'order.resolveDeadline')}
          >
            <span className="stage-clock">
              <span>{due ? formatDateTime(due) : t('app.none')}</span>
              <StageState order={order} stage={stage} now={now} />
            </span>
          </DetailRow>
        );
      })}
    </>
  );
}
