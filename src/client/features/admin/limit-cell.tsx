import type { ReactElement } from 'react';
import { useT } from '../../app/i18n/i18n';
import type { DraftLimit, Stage } from '../../lib/admin/settings-draft';
import { errorId } from './editor-props';
import type { FieldErrors } from './editor-props';
import { FieldError } from './field-error';
import { useAdminLabels } from './labels';

const UNITS: readonly DraftLimit['unit'][] = ['minutes', 'hours', 'days'];
const TIMES: readonly DraftLimit['time'][] = ['natural', 'working'];

interface LimitCellProps {
  /** `rules.<index>.<stage>`, the server's path for this limit. */
  path: string;
  row: string;
  stage: Stage;
  limit: DraftLimit;
  errors: FieldErrors;
  readOnly: boolean;
  onChange: (patch: Partial<DraftLimit>) => void;
}

/** One limit of a rule: amount, unit and which clock counts it. */
export function LimitCell({
  path,
  row,
  stage,
  limit,
  errors,
  readOnly,
  onChange,
}: LimitCellProps): ReactElement {
  const t = useT();
  const labels = useAdminLabels();
  const paths = [`${path}.amount`, `${path}.unit`, `${path}.time`, path];
  const messagePath = paths.find((p) => errors[p] !== undefined);
  if (readOnly) {
    return (
      <span>
        {limit.amount} {labels.unit(limit.unit, limit.time)} · {labels.time(limit.time)}
      </span>
    );
  }
  const params = { row, stage: labels.stage(stage) };
  const describedBy = messagePath === undefined ? undefined : errorId(messagePath);
  return (
    <div className="admin-limit">
      <input
        type="number"
        min={1}
        step={1}
        inputMode="numeric"
        className="admin-limit__amount"
        aria-label={t('admin.rules.amountLabel', params)}
        aria-invalid={messagePath !== undefined}
        aria-describedby={describedBy}
        value={limit.amount}
        onChange={(e) => onChange({ amount: e.target.value })}
      />
      <select
        aria-label={t('admin.rules.unitLabel', params)}
        value={limit.unit}
        onChange={(e) => onChange({ unit: UNITS.find((u) => u === e.target.value) ?? limit.unit })}
      >
        {UNITS.map((unit) => (
          <option key={unit} value={unit}>
            {labels.unit(unit, limit.time)}
          </option>
        ))}
      </select>
      <select
        aria-label={t('admin.rules.timeLabel', params)}
        value={limit.time}
        onChange={(e) => onChange({ time: TIMES.find((x) => x === e.target.value) ?? limit.time })}
      >
        {TIMES.map((time) => (
          <option key={time} value={time}>
            {labels.time(time)}
          </option>
        ))}
      </select>
      {messagePath !== undefined && <FieldError path={messagePath} message={errors[messagePath]} />}
    </div>
  );
}
