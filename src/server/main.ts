import { loadConfig } from './config';
import { banner, startServer } from './server';

const config = loadConfig();
const server = await startServer(config);
process.stdout.write(`\n${banner(server, config)}\n\n`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server.logger.info({ signal }, 'shutting down');
    server.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
