import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../../scripts/lib/free-port';
import { startChildServer, type ChildServer } from '../../helpers/child-server';
import { login, newOrderBody } from '../../helpers/test-server';

const WRITERS = 12;
const ROUNDS = 3;
const dataDir = mkdtempSync(join(tmpdir(), 'gc-kill9-'));
const children: ChildServer[] = [];
// A failed assertion must not leave a server running after the test.
afterAll(() => {
  for (const c of children) if (c.proc.exitCode === null) c.proc.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

interface Attempt {
  key: string;
  title: string;
  acked: boolean;
}

/** Writers that keep creating orders, each with its own Idempotency-Key, until the server dies. */
async function writeUntilDeath(
  baseUrl: string,
  cookie: string,
  round: number,
  attempts: Attempt[],
): Promise<void> {
  const writer = async (w: number): Promise<void> => {
    for (let n = 0; ; n++) {
      const attempt = { key: `r${round}-w${w}-n${n}`, title: `断电测试-r${round}-w${w}-n${n}`, acked: false };
      attempts.push(attempt);
      try {
        const res = await fetch(`${baseUrl}/api/work-orders`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie, 'idempotency-key': attempt.key },
          body: JSON.stringify(newOrderBody(attempt.title)),
        });
        if (res.status !== 201) throw new Error(`unexpected ${res.status}`);
        attempt.acked = true;
      } catch {
        return; // the server is gone: this attempt may or may not have committed
      }
    }
  };
  await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));
}

describe('durability across kill -9', () => {
  it(`keeps every acknowledged command exactly once over ${ROUNDS} rounds`, async () => {
    const port = await freePort();
    const all: Attempt[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const child = await startChildServer(dataDir, port);
      children.push(child);
      const operator = await login(child.baseUrl, 'operator');
      const attempts: Attempt[] = [];
      const writing = writeUntilDeath(child.baseUrl, operator.cookie, round, attempts);
      // Kill once a few hundred commands are acknowledged, in the middle of the writes.
      while (attempts.filter((a) => a.acked).length < 150 + round * 50)
        await new Promise((r) => setTimeout(r, 20));
      child.proc.kill('SIGKILL');
      await child.exited;
      await writing;
      all.push(...attempts);

      const again = await startChildServer(dataDir, port);
      children.push(again);
      const op = await login(again.baseUrl, 'operator');
      // Retrying the unacknowledged ones with their keys must never create a second copy.
      for (const a of attempts.filter((x) => !x.acked)) {
        const res = await op.request('POST', '/api/work-orders', newOrderBody(a.title), {
          'idempotency-key': a.key,
        });
        expect(res.status).toBe(201);
      }
      const titles = new Map<string, number>();
      for (let offset = 0; ; offset += 1000) {
        const res = await op.request(
          'GET',
          `/api/work-orders?q=${encodeURIComponent(`断电测试-r${round}-`)}&limit=1000&offset=${offset}`,
        );
        const items = (res.body as { items: { title: string }[] }).items;
        for (const o of items) titles.set(o.title, (titles.get(o.title) ?? 0) + 1);
        if (items.length < 1000) break;
      }
      for (const a of attempts) expect(titles.get(a.title), a.title).toBe(1);
      again.proc.kill('SIGTERM');
      await again.exited;
    }
    expect(all.filter((a) => a.acked).length).toBeGreaterThanOrEqual(450);
    const db = new Database(join(dataDir, 'gridcommand.sqlite'), { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const seqs = db.prepare('SELECT seq FROM events ORDER BY seq').all() as { seq: number }[];
    expect(new Set(seqs.map((s) => s.seq)).size).toBe(seqs.length);
    db.close();
  }, 170_000);
});
