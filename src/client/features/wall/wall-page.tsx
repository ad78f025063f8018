import type { ReactElement, ReactNode } from 'react';
import { WallHeader } from './wall-header';
import { WallLatestOrders } from './wall-latest-orders';
import { WallOpenCounts } from './wall-open-counts';
import './wall.css';

/**
 * The command centre's wall (大屏): unattended, dark, readable from across the room. Designed for
 * 1920×1080 and scaled by viewport units, so it also fits 1280×720 without scrollbars.
 */
export function WallPage({ headerExtras }: { headerExtras?: ReactNode }): ReactElement {
  return (
    <div className="wall theme-dark" data-testid="wall">
      <WallHeader extras={headerExtras} />
      <main className="wall__body">
        <WallOpenCounts />
        <WallLatestOrders />
      </main>
    </div>
  );
}
