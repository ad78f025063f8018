import { join } from 'node:path';
import { buildTown, type SeedTown } from '../../../src/server/seed/build-town';

/** The seeded demo town, built once per test file from the repository's map layers. */
export const town: SeedTown = buildTown({
  geoDir: join(import.meta.dirname, '../../../public/geo'),
  seed: 1,
});
