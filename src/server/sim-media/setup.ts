import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DomainEvent } from '../../shared/schemas/event';
import type { Repository } from '../db/repository';
import { CameraFaults } from '../services/camera-faults';
import { loadClips, type SimClip } from './clips';
import { SimMediaOrigin } from './origin';

/** media/sim in the repository: the clips scripts/make-sim-clips.ts wrote. */
export const SIM_CLIP_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../media/sim');

let cached: SimClip[] | null = null;
/** Read once per process (about 6 MB): every app in a test run shares them. */
function clips(): SimClip[] {
  cached ??= loadClips(SIM_CLIP_DIR);
  return cached;
}

export interface SimMedia {
  faults: CameraFaults;
  origin: SimMediaOrigin;
}

/** The camera simulator and its faults, loaded from the store. */
export async function createSimMedia(deps: {
  repo: Repository;
  now: () => Date;
  publish: (events: DomainEvent[]) => void;
}): Promise<SimMedia> {
  const faults = new CameraFaults(deps);
  await faults.load();
  const origin = new SimMediaOrigin({
    clips: clips(),
    now: deps.now,
    hasCamera: async (id) => (await deps.repo.getCamera(id)) !== null,
    cameraIds: async () => (await deps.repo.listCameras()).map((c) => c.id),
    faultOf: (id) => faults.faultOf(id),
  });
  return { faults, origin };
}
