import { dutyRoster, type DutyRoster } from '../../../shared/schemas/wall';
import { apiPut } from './api-put';

/** Sets (or clears, with null) the duty leader every wall's header shows. */
export function putDuty(leader: string | null): Promise<DutyRoster> {
  return apiPut('/api/wall/duty', { leader }, dutyRoster);
}
