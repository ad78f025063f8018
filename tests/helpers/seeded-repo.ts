import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteRepository } from '../../src/server/db/sqlite/sqlite-repository';
import { buildTown, type SeedTown } from '../../src/server/seed/build-town';

const ROOT = join(import.meta.dirname, '..', '..');

export const TOWN: SeedTown = buildTown({ geoDir: join(ROOT, 'public', 'geo'), seed: 1 });

/** A seeded SQLite store in a temporary directory. */
export async function seededRepo(): Promise<{
  repo: SqliteRepository;
  dir: string;
  cleanup(): Promise<void>;
}> {
  const dir = mkdtempSync(join(tmpdir(), 'gc-repo-'));
  const repo = new SqliteRepository(join(dir, 'test.sqlite'));
  const { staff, cameras, ...reference } = TOWN;
  await repo.seedTown(reference, staff, cameras);
  return {
    repo,
    dir,
    async cleanup() {
      await repo.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
