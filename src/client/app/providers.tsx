import { QueryClientProvider } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { ReactElement, ReactNode } from 'react';
import { ConnectionStoreContext } from '../realtime/connection-store';
import type { ConnectionStore } from '../realtime/connection-store';
import { I18nProvider } from './i18n/i18n';
import type { Locale } from './i18n/i18n';

interface AppProvidersProps {
  queryClient: QueryClient;
  connectionStore: ConnectionStore;
  locale?: Locale;
  children: ReactNode;
}

/** Everything a screen needs from its surroundings; tests mount it with their own fresh instances. */
export function AppProviders({
  queryClient,
  connectionStore,
  locale,
  children,
}: AppProvidersProps): ReactElement {
  return (
    <QueryClientProvider client={queryClient}>
      <ConnectionStoreContext.Provider value={connectionStore}>
        <I18nProvider locale={locale}>{children}</I18nProvider>
      </ConnectionStoreContext.Provider>
    </QueryClientProvider>
  );
}
