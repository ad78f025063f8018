import { z } from 'zod';
import { readStoredList, writeStoredList } from '../../lib/stored-list';

/**
 * Named camera groups (e.g. 学校周边) for patrol rounds. Kept in this browser's localStorage for now:
 * groups are not shared between operators until the server stores them.
 */
const STORAGE_KEY = 'gridcommand.video.groups';

export interface CameraGroup {
  name: string;
  cameraIds: string[];
}

const stored = z.array(
  z.object({ name: z.string().min(1).max(60), cameraIds: z.array(z.string().min(1)).max(1000) }),
);

/** What this browser has saved; anything unreadable counts as nothing. */
export function readGroups(): CameraGroup[] {
  return readStoredList(STORAGE_KEY, stored);
}

function write(list: readonly CameraGroup[]): void {
  writeStoredList(STORAGE_KEY, list);
}

/** Saves under `name`, replacing a group of the same name. */
export function saveGroup(list: readonly CameraGroup[], group: CameraGroup): CameraGroup[] {
  const next = [...list.filter((g) => g.name !== group.name), group];
  write(next);
  return next;
}

export function deleteGroup(list: readonly CameraGroup[], name: string): CameraGroup[] {
  const next = list.filter((g) => g.name !== name);
  write(next);
  return next;
}
