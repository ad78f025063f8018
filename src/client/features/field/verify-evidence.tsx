import type { ReactElement } from 'react';
import { useT } from '../../app/i18n/i18n';
import { Loading } from '../../components/query-state';
import { useOrderEvidence } from '../../lib/field/order-evidence';
import type { WorkOrderDetail } from '../../lib/work-orders/get-work-order';

function PhotoColumn({ title, urls }: { title: string; urls: readonly string[] }): ReactElement {
  const t = useT();
  return (
    <figure className="evidence__column">
      <figcaption>{title}</figcaption>
      {urls.length === 0 ? (
        <p className="muted">{t('photos.none')}</p>
      ) : (
        <ul className="evidence__photos">
          {urls.map((url, index) => (
            <li key={url}>
              <a href={url} target="_blank" rel="noreferrer">
                <img src={url} alt={`${title} ${t('photos.photo', { n: index + 1 })}`} loading="lazy" />
              </a>
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}

/** 核查: the report's before and after photos side by side, and what the handler wrote. */
export function VerifyEvidence({ order }: { order: WorkOrderDetail }): ReactElement {
  const t = useT();
  const evidence = useOrderEvidence(order.id, order.version);
  return (
    <section className="evidence" aria-label={t('field.verifyTitle')} data-testid="verify-evidence">
      <h2>{t('field.verifyTitle')}</h2>
      {evidence.isPending ? (
        <Loading />
      ) : (
        <>
          {evidence.data?.report && (
            <p className="evidence__report">
              <strong>{t('form.report')}</strong> {evidence.data.report}
            </p>
          )}
          <div className="evidence__columns">
            <PhotoColumn title={t('photos.before')} urls={evidence.data?.before ?? []} />
            <PhotoColumn title={t('photos.after')} urls={evidence.data?.after ?? []} />
          </div>
        </>
      )}
    </section>
  );
}
