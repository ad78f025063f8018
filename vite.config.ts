import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from './scripts/lib/precompress';

/** Where `npm start` (or the lead's dev server) listens; the dev client proxies to it. */
const API_TARGET = 'http://localhost:8080';

export default defineConfig({
  plugins: [react(), precompress('dist')],
  server: {
    proxy: {
      '/api': { target: API_TARGET, changeOrigin: true },
      '/socket.io': { target: API_TARGET, ws: true, changeOrigin: true },
      // The simulated media server is part of the API origin too.
      '/sim': { target: API_TARGET, changeOrigin: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
});
