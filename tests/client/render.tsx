import { render } from '@testing-library/react';
import type { RenderResult } from '@testing-library/react';
import type { QueryClient } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { AppProviders } from '../../src/client/app/providers';
import { createQueryClient } from '../../src/client/app/query-client';
import { createConnectionStore } from '../../src/client/realtime/connection-store';
import type { ConnectionStore } from '../../src/client/realtime/connection-store';

export interface Rendered extends RenderResult {
  queryClient: QueryClient;
  store: ConnectionStore;
}

/** A fresh QueryClient and connection store per test, in the locale the test asks for. */
export function renderWithProviders(
  ui: ReactElement,
  locale: 'zh-CN' | 'en' = 'zh-CN',
  store: ConnectionStore = createConnectionStore(),
): Rendered {
  const queryClient = createQueryClient();
  const result = render(
    <AppProviders queryClient={queryClient} connectionStore={store} locale={locale}>
      {ui}
    </AppProviders>,
  );
  return { ...result, queryClient, store };
}
