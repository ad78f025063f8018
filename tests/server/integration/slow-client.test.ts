import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RawSocketIoClient } from '../../helpers/raw-socket-client';
import { login, newOrderBody, startTestServer, type TestServer } from '../../helpers/test-server';
import { queuedBytes } from '../../../src/server/realtime/queued-bytes';

const CAP = 256 * 1024;
const EVENTS = 10_000;

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({
    SOCKET_QUEUE_CAP_BYTES: String(CAP),
    // The paused client cannot answer pings; keep it connected for the whole flood on a slow CI.
    SOCKET_PING_TIMEOUT_MS: '300000',
  });
});
afterAll(() => t.stop());

describe('a client that stops reading', () => {
  it('keeps its queue under the cap, bounds server memory, and gets resync-required on resume', async () => {
    const wall = await login(t.baseUrl, 'wall');
    const operator = await login(t.baseUrl, 'operator');
    const raw = await RawSocketIoClient.open(t.server.port, wall.cookie);
    const io = t.server.app.io;
    const serverSocket = [...io.sockets.sockets.values()].at(-1)!;
    raw.tcp.pause();

    const rssBefore = process.memoryUsage().rss;
    let maxQueued = 0;
    let sent = 0;
    const worker = async (): Promise<void> => {
      while (sent < EVENTS) {
        const i = sent++;
        const res = await operator.request(
          'POST',
          '/api/work-orders',
          newOrderBody(`慢客户端压测-${i}`, { description: '描述'.repeat(100) }),
        );
        expect(res.status).toBe(201);
        maxQueued = Math.max(maxQueued, queuedBytes(serverSocket));
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    const rssGrowth = process.memoryUsage().rss - rssBefore;

    // One payload may be in flight past the check; the queue never runs away beyond that.
    expect(maxQueued).toBeLessThan(CAP + 16 * 1024);
    // The queue figure above is the precise check; RSS (shared here with the test's own HTTP load
    // and V8's lazily grown heap, ~125 MB after 10,000 requests) only has to stay sane.
    expect(rssGrowth).toBeLessThan(250 * 1024 * 1024);

    raw.tcp.resume();
    const resync = await raw.waitFor((m) => m.startsWith('42["resync-required"'));
    const latest = t.server.app.hub.latestSeq;
    expect(JSON.parse(resync.slice(2))[1]).toEqual({ latestSeq: latest });
    raw.close();
  }, 170_000);
});
