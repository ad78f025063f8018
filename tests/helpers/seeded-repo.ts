import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteRepository } from '../../src/server/db/sqlite/sqlite-repository';
import { buildTown, type SeedTown } from '../../src/server/seed/build-town';
import { bundledCalendars, DEFAULT_OVERSIGHT } from '../../src/server/services/oversight-config';
import { makeCalendar } from '../../src/shared/clock/working-time';
import type { ClockConfig } from '../../src/shared/clock/order-clocks';

/** The clocks as a fresh server runs them: the bundled 2026 calendar and the default rules. */
export function testClockConfig(): ClockConfig {
  return {
    calendar: makeCalendar(bundledCalendars(), DEFAULT_OVERSIGHT.workingHours),
    rules: DEFAULT_OVERSIGHT.rules,
    ladders: DEFAULT_OVERSIGHT.ladders,
    escalateAfterWorkingDays: DEFAULT_OVERSIGHT.escalateAfterWorkingDays,
  };
}

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
