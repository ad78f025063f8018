import { useT } from '../../app/i18n/i18n';
import type { DraftLimit, RuleCategory, Stage } from '../../lib/admin/settings-draft';

export interface AdminLabels {
  category: (category: RuleCategory) => string;
  stage: (stage: Stage) => string;
  /** Days read as working days on the working clock and as calendar days on the natural one. */
  unit: (unit: DraftLimit['unit'], time: DraftLimit['time']) => string;
  time: (time: DraftLimit['time']) => string;
}

export function useAdminLabels(): AdminLabels {
  const t = useT();
  return {
    category: (c) => (c === '*' ? t('admin.rules.allCategories') : t(`category.${c}`)),
    stage: (s) => t(`admin.rules.${s}`),
    unit: (unit, time) => (unit === 'days' ? t(`admin.unit.days.${time}`) : t(`admin.unit.${unit}`)),
    time: (time) => t(`admin.time.${time}`),
  };
}
