import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { AppProviders } from './app/providers';
import { createQueryClient } from './app/query-client';
import { createConnectionStore } from './realtime/connection-store';
import './app/styles.css';
import './components/components.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <AppProviders queryClient={createQueryClient()} connectionStore={createConnectionStore()}>
      <App />
    </AppProviders>
  </StrictMode>,
);
