import type { Translate } from '../../app/i18n/i18n';
import type { PatrolSelection } from './patrol-selection';

/** What the patrol bar calls the round: 全镇, a grid's or village's name, or the group's. */
export function roundName(
  s: PatrolSelection,
  t: Translate,
  gridNames: ReadonlyMap<string, string>,
  villageNames: ReadonlyMap<string, string>,
): string {
  switch (s.kind) {
    case 'town':
      return t('video.patrol.town');
    case 'grid':
      return gridNames.get(s.id) ?? s.id;
    case 'village':
      return villageNames.get(s.id) ?? s.id;
    case 'group':
      return s.id;
  }
}
