import type { ReactElement, ReactNode } from 'react';

export function DetailRow({ label, children }: { label: string; children: ReactNode }): ReactElement {
  return (
    <div className="detail__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
