import { useCallback } from 'react';
import type { Assignee } from '../../../shared/schemas/work-order';
import { useT } from '../../app/i18n/i18n';
import { useDepartments, useStaff } from '../../lib/reference';

/**
 * An assignee's name from the reference data ("部门 综合执法局"); the id while the names load.
 * Staff are looked up in `gridId`'s grid (all staff when null) and only when `staff` is asked for.
 */
export function useAssigneeName(
  gridId: string | null,
  staff: boolean,
): (assignee: Assignee | null) => string {
  const t = useT();
  const departments = useDepartments();
  const people = useStaff(gridId, staff);
  return useCallback(
    (assignee) => {
      if (assignee === null) return t('app.none');
      const name =
        assignee.kind === 'staff'
          ? people.data?.find((s) => s.id === assignee.id)?.name
          : departments.data?.find((d) => d.id === assignee.id)?.name;
      return `${t(`assigneeKind.${assignee.kind}`)} ${name ?? assignee.id}`;
    },
    [t, people.data, departments.data],
  );
}
