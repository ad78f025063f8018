import type { ReactElement } from 'react';
import { useT } from '../../app/i18n/i18n';
import type { LayerIssue } from '../../../shared/geo/layer-import';

/** Enough to fix a file by; a file broken throughout says how many more there are. */
const SHOWN = 200;

/** Every problem of an import: which file, which feature, where in it, and what is wrong. */
export function LayerIssueList({ issues }: { issues: LayerIssue[] }): ReactElement {
  const t = useT();
  const featureLabel = (feature: LayerIssue['feature']): string =>
    typeof feature === 'number'
      ? t('mapImport.featureIndex', { index: feature })
      : feature === '(layer)'
        ? t('mapImport.wholeLayer')
        : feature;
  return (
    <ul className="map-import__issues" data-testid="layer-issues">
      {issues.slice(0, SHOWN).map((issue, i) => (
        <li key={i}>
          <span>
            {t(`mapImport.layer.${issue.layer}`)} · {featureLabel(issue.feature)}
            {issue.path && (
              <>
                {' · '}
                <span className="mono">{issue.path}</span>
              </>
            )}
          </span>
          {' — '}
          {t(`mapImport.issue.${issue.code}`, issue.params)}
        </li>
      ))}
      {issues.length > SHOWN && <li>{t('mapImport.more', { count: issues.length - SHOWN })}</li>}
    </ul>
  );
}
