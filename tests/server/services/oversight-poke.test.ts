import { describe, expect, it } from 'vitest';
import type { Repository } from '../../../src/server/db/repository';
import { OversightScheduler } from '../../../src/server/services/oversight';
import { testClockConfig } from '../../helpers/seeded-repo';

/** A store with nothing due whose earliest check is a fixed instant; counts the scheduler's looks. */
function fakeRepo(earliest: string | null) {
  const looks = { due: 0, earliest: 0 };
  const repo = {
    oversight: {
      dueOrderIds: async () => {
        looks.due++;
        return [];
      },
      earliestCheck: async () => {
        looks.earliest++;
        return earliest;
      },
    },
  } as unknown as Repository;
  return { repo, looks };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('oversight scheduler pokes', () => {
  it('re-arms only when a commit brings a check before the armed timer', async () => {
    const now = new Date('2026-11-28T09:00:00+08:00');
    const { repo, looks } = fakeRepo('2026-11-28T01:30:00.000Z'); // 09:30 Shanghai; armed at most 60 s ahead: 09:01
    const scheduler = new OversightScheduler({
      repo,
      config: testClockConfig,
      now: () => now,
      publish: () => undefined,
      log: { error: () => undefined },
    });
    scheduler.start();
    await settle();
    expect(looks).toEqual({ due: 1, earliest: 1 });

    // Commands whose next checks are later than the armed 09:01, or none at all: no query.
    scheduler.poke(['2026-11-28T10:00:00+08:00', '2026-11-28T09:01:30+08:00', null]);
    scheduler.poke([null]);
    await settle();
    expect(looks).toEqual({ due: 1, earliest: 1 });

    // One due at 09:00:30 comes before the armed 09:01: look again.
    scheduler.poke(['2026-11-28T09:00:30+08:00']);
    await settle();
    expect(looks).toEqual({ due: 2, earliest: 2 });
    scheduler.stop();
    scheduler.poke(['2026-11-28T09:00:10+08:00']);
    await settle();
    expect(looks.due).toBe(2);
  });
});
