import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CameraAlert } from '../../../src/shared/schemas/video';
import { login, once, socketFor, startTestServer, type TestServer } from '../../helpers/test-server';

let t: TestServer;
let socket: Socket;

beforeAll(async () => {
  // At 600× a simulated alert arrives within a few ticks and waits its 8 simulated minutes in 0.8 s.
  t = await startTestServer({ SIMULATOR: 'on', SIM_SPEED: '600' });
  socket = socketFor(t.baseUrl, await login(t.baseUrl, 'operator'));
  await once(socket, 'connect');
});
afterAll(async () => {
  socket?.close();
  await t?.stop();
});

describe("the simulated town's camera alerts", () => {
  it('posts signed alerts through the webhook and its duty operator handles those nobody took', async () => {
    const raised = await once<{ entity: CameraAlert; actor: { userId: string } }>(
      socket,
      'camera-alert:created',
      20_000,
    );
    expect(raised.entity.state).toBe('open');
    expect(raised.actor.userId).toBe('integration:camera-alerts');
    const handled = await new Promise<CameraAlert>((resolve) => {
      const onUpdate = (p: { entity: CameraAlert }): void => {
        if (p.entity.state === 'open') return;
        socket.off('camera-alert:updated', onUpdate);
        resolve(p.entity);
      };
      socket.on('camera-alert:updated', onUpdate);
    });
    expect(['confirmed', 'dismissed']).toContain(handled.state);
    if (handled.state === 'confirmed') expect(handled.workOrderId).not.toBeNull();
  }, 60_000);
});
