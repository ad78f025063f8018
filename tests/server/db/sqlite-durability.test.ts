import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { assertDurable } from '../../../src/server/db/sqlite/open';
import { seededRepo } from '../../helpers/seeded-repo';

let cleanup: () => Promise<void> = async () => undefined;
afterEach(() => cleanup());

describe('SQLite durability settings', () => {
  it('opens the store in WAL mode with synchronous=FULL', async () => {
    const store = await seededRepo();
    cleanup = store.cleanup;
    expect(store.repo.raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.repo.raw.pragma('synchronous', { simple: true })).toBe(2);
  });

  it('refuses a database whose synchronous setting could lose acknowledged commands', () => {
    const db = new Database(':memory:');
    db.pragma('synchronous = OFF');
    expect(() => assertDurable(db)).toThrow(/synchronous/);
    db.close();
  });

  it('keeps event seqs strictly increasing across transactions', async () => {
    const store = await seededRepo();
    cleanup = store.cleanup;
    const actor = { userId: 'u', username: 'u', role: 'operator' };
    const cam = (await store.repo.listCameras())[0]!;
    const seqs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const [e] = await store.repo.transaction((tx) =>
        tx.appendEvents([
          {
            type: 'camera:status-changed',
            at: '2026-11-27T08:00:00.000+08:00',
            action: 'status',
            actor,
            entityId: cam.id,
            reason: null,
            entity: cam,
          },
        ]),
      );
      seqs.push(e!.seq);
    }
    expect(seqs).toEqual([1, 2, 3, 4, 5]);
  });
});
