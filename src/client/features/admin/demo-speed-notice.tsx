import type { ReactElement } from 'react';
import { useT } from '../../app/i18n/i18n';
import { useOversight } from '../../lib/admin/get-oversight';

/** The simulated town's clocks run SIM_SPEED× faster; say so before anyone reads the limits as real. */
export function DemoSpeedNotice(): ReactElement | null {
  const t = useT();
  const { data } = useOversight();
  if (!data || !(data.demoSpeed > 1)) return null;
  return (
    <p className="admin-notice" role="note" data-testid="demo-speed">
      {t('admin.demoSpeed', { speed: data.demoSpeed })}
    </p>
  );
}
