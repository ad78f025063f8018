import { useQueries, useQuery } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { useT } from '../../app/i18n/i18n';
import { LoadError, Loading, describeError } from '../../components/query-state';
import { healthQueryOptions, REFERENCE_ENTITIES, referenceCountQueryOptions } from './admin-queries';
import { can } from '../../../shared/auth/policy';
import { useMe } from '../../lib/auth';
import { CamerasSection } from './cameras-section';
import { CameraFaultsSection } from './camera-faults-section';
import { CategoriesSection } from './categories-section';
import { DemoSpeedNotice } from './demo-speed-notice';
import { DutySection } from './duty-section';
import { KioskTokensSection } from './kiosk-tokens-section';
import { MapImportSection } from './map-import-section';
import { OversightSection } from './oversight-section';
import './admin.css';

/** db and simulator are free-form in the health contract: show strings as they are, objects compactly. */
function show(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function AdminPage(): ReactElement {
  const t = useT();
  const counts = useQueries({
    queries: REFERENCE_ENTITIES.map((entity) => referenceCountQueryOptions(entity)),
  });
  const healthQuery = useQuery(healthQueryOptions());
  const me = useMe();
  // Kiosk tokens and the map import are the administrator's alone (the server refuses anyone else).
  const isAdmin = me.data !== undefined && can(me.data.role, 'settings:write');

  return (
    <div className="page admin">
      <h1>{t('admin.title')}</h1>
      <DemoSpeedNotice />
      <section aria-labelledby="admin-reference">
        <h2 id="admin-reference">{t('admin.referenceData')}</h2>
        <table className="table table--narrow" data-testid="reference-counts">
          <thead>
            <tr>
              <th>{t('admin.item')}</th>
              <th className="num">{t('admin.count')}</th>
            </tr>
          </thead>
          <tbody>
            {REFERENCE_ENTITIES.map((entity, index) => {
              const query = counts[index];
              return (
                <tr key={entity}>
                  <td>{t(`admin.${entity}`)}</td>
                  <td className="num">
                    {query?.isSuccess
                      ? query.data
                      : query?.isError
                        ? describeError(query.error, t)
                        : t('app.loading')}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="admin-health">
        <h2 id="admin-health">{t('admin.health')}</h2>
        {healthQuery.isPending ? (
          <Loading />
        ) : healthQuery.isError ? (
          <LoadError error={healthQuery.error} onRetry={() => void healthQuery.refetch()} />
        ) : (
          <dl className="detail__grid">
            <div className="detail__row">
              <dt>{t('admin.healthStatus')}</dt>
              <dd>{healthQuery.data.status}</dd>
            </div>
            <div className="detail__row">
              <dt>{t('admin.version')}</dt>
              <dd className="mono">{healthQuery.data.version}</dd>
            </div>
            <div className="detail__row">
              <dt>{t('admin.seq')}</dt>
              <dd className="mono">{healthQuery.data.seq}</dd>
            </div>
            <div className="detail__row">
              <dt>{t('admin.db')}</dt>
              <dd className="mono">{show(healthQuery.data.db)}</dd>
            </div>
            <div className="detail__row">
              <dt>{t('admin.simulator')}</dt>
              <dd className="mono">{show(healthQuery.data.simulator)}</dd>
            </div>
          </dl>
        )}
      </section>
      <CategoriesSection />
      <CamerasSection />
      {me.data !== undefined && can(me.data.role, 'camera:set-status') && <CameraFaultsSection />}
      <OversightSection />
      {isAdmin && <DutySection />}
      {isAdmin && <KioskTokensSection />}
      {isAdmin && <MapImportSection />}
    </div>
  );
}
