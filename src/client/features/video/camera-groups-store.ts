import { z } from 'zod';

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
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    const parsed = stored.safeParse(raw === null ? [] : JSON.parse(raw));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

function write(list: readonly CameraGroup[]): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(list));
  } catch {
    // Storage disabled or full: the groups hold for this page's life only.
  }
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
