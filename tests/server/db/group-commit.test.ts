import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { seededRepo } from '../../helpers/seeded-repo';

let cleanup: () => Promise<void> = async () => undefined;
afterEach(() => cleanup());

const record = (n: number) => ({ requestHash: `h${n}`, status: 201, body: { n } });

describe('SQLite group commit', () => {
  it('commits the transactions of one turn with one COMMIT, each failure rolled back alone', async () => {
    const store = await seededRepo();
    cleanup = store.cleanup;
    const exec = vi.spyOn(store.repo.raw, 'exec');
    const at = '2026-11-27T08:00:00+08:00';
    const results = await Promise.allSettled([
      store.repo.transaction(async (tx) => {
        await tx.saveIdempotency('u', 'k1', record(1), at);
        return 1;
      }),
      store.repo.transaction(async (tx) => {
        await tx.saveIdempotency('u', 'k2', record(2), at);
        throw new Error('refused after a write');
      }),
      store.repo.transaction(async (tx) => {
        await tx.saveIdempotency('u', 'k3', record(3), at);
        return 3;
      }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(exec.mock.calls.filter(([sql]) => sql === 'COMMIT')).toHaveLength(1);
    expect(exec.mock.calls.filter(([sql]) => sql === 'BEGIN IMMEDIATE')).toHaveLength(1);
    expect(await store.repo.getIdempotency('u', 'k1')).not.toBeNull();
    expect(await store.repo.getIdempotency('u', 'k2')).toBeNull();
    expect(await store.repo.getIdempotency('u', 'k3')).not.toBeNull();
  });

  it('settles no caller before its group is committed and visible to another connection', async () => {
    const store = await seededRepo();
    cleanup = store.cleanup;
    const other = new Database(join(store.dir, 'test.sqlite'), { readonly: true });
    const seen: Array<number | undefined> = [];
    const at = '2026-11-27T08:00:00+08:00';
    const look = () =>
      (other.prepare('SELECT count(*) AS n FROM idempotency').get() as { n: number } | undefined)?.n;
    const before = look() ?? 0;
    await Promise.all(
      [1, 2, 3].map((n) =>
        store.repo
          .transaction(async (tx) => {
            await tx.saveIdempotency('u', `k${n}`, record(n), at);
          })
          .then(() => seen.push((look() ?? 0) - before)),
      ),
    );
    other.close();
    // Every caller, even the first, already sees all three rows from a separate connection.
    expect(seen).toEqual([3, 3, 3]);
  });

  it('rejects every member of a group whose COMMIT fails, and keeps none of it', async () => {
    const store = await seededRepo();
    cleanup = store.cleanup;
    const raw = store.repo.raw;
    const original = raw.exec.bind(raw);
    vi.spyOn(raw, 'exec').mockImplementation((sql: string) => {
      if (sql === 'COMMIT') throw new Error('disk I/O error');
      return original(sql);
    });
    const at = '2026-11-27T08:00:00+08:00';
    const results = await Promise.allSettled(
      [1, 2].map((n) => store.repo.transaction((tx) => tx.saveIdempotency('u', `k${n}`, record(n), at))),
    );
    vi.restoreAllMocks();
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(await store.repo.getIdempotency('u', 'k1')).toBeNull();
    expect(await store.repo.getIdempotency('u', 'k2')).toBeNull();
    // The store still works after the failed group.
    await store.repo.transaction((tx) => tx.saveIdempotency('u', 'k9', record(9), at));
    expect(await store.repo.getIdempotency('u', 'k9')).not.toBeNull();
  });
});
