import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfStale } from './lib/build-if-stale';

// `npm start`: build the client when it is missing or stale, then run the server in this process.
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
await buildIfStale(root);
await import('../src/server/main');
