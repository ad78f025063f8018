import { afterEach, describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../../src/shared/schemas/event';
import type { Repository, Tx } from '../../../src/server/db/repository';
import { WorkOrderService } from '../../../src/server/services/work-orders';
import { DEMO_USERS } from '../../../src/server/users';
import { seededRepo, testClockConfig, TOWN } from '../../helpers/seeded-repo';

const operator = DEMO_USERS.find((u) => u.username === 'operator')!;
const body = {
  source: 'phone' as const,
  title: '提交失败',
  description: '',
  location: { lat: 34.8809, lng: 116.85527 },
};
let cleanup: () => Promise<void> = async () => undefined;
afterEach(() => cleanup());

describe('events reach sockets only after commit', () => {
  it('publishes nothing when the commit fails, and stores nothing', async () => {
    const store = await seededRepo();
    cleanup = store.cleanup;
    // The work runs, then the commit fails (as on a full disk): everything must roll back unseen.
    const failing: Repository = Object.create(store.repo) as Repository;
    failing.transaction = <T>(fn: (tx: Tx) => Promise<T>): Promise<T> =>
      store.repo.transaction(async (tx) => {
        await fn(tx);
        throw new Error('disk I/O error at commit');
      });
    const published: DomainEvent[] = [];
    const service = new WorkOrderService({
      repo: failing,
      reference: () => TOWN,
      now: () => new Date('2026-11-27T08:00:00Z'),
      publish: (events) => published.push(...events),
      clocks: testClockConfig,
    });
    await expect(service.create(operator, body, 'k1')).rejects.toThrow('disk I/O error');
    expect(published).toEqual([]);
    expect((await store.repo.listWorkOrders({}, { limit: 10, offset: 0 })).total).toBe(0);
    expect(await store.repo.latestSeq()).toBe(0);
  });

  it('publishes the committed events with their seq', async () => {
    const store = await seededRepo();
    cleanup = store.cleanup;
    const published: DomainEvent[] = [];
    const service = new WorkOrderService({
      repo: store.repo,
      reference: () => TOWN,
      now: () => new Date('2026-11-27T08:00:00Z'),
      publish: (events) => published.push(...events),
      clocks: testClockConfig,
    });
    const result = await service.create(operator, body, undefined);
    expect(result.status).toBe(201);
    expect(published.map((e) => [e.type, e.seq])).toEqual([['work-order:created', 1]]);
    expect(published[0]!.entity).toMatchObject({ number: 'YT-20261127-0001', gridId: 'YT-JC-01' });
  });
});
