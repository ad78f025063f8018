import { useQuery } from '@tanstack/react-query';
import type { Camera, Grid } from '../../../shared/schemas/town';
import { gridsQueryOptions, useGridNames } from '../../lib/reference';
import { useVillageNames } from '../../lib/wall/get-villages';
import { wallCamerasQueryOptions } from '../../lib/wall/get-wall-entities';

export interface VideoCameras {
  /** Every camera, kept current by camera:status-changed through the realtime bridge. */
  cameras: readonly Camera[];
  grids: readonly Grid[];
  gridNames: ReadonlyMap<string, string>;
  villageNames: ReadonlyMap<string, string>;
  isLoading: boolean;
  error: Error | null;
}

const NONE: readonly never[] = [];
const NO_NAMES: ReadonlyMap<string, string> = new Map();

export function useVideoCameras(): VideoCameras {
  const cameras = useQuery(wallCamerasQueryOptions());
  const grids = useQuery(gridsQueryOptions());
  const gridNames = useGridNames();
  const villageNames = useVillageNames();
  return {
    cameras: cameras.data?.items ?? NONE,
    grids: grids.data?.items ?? NONE,
    gridNames,
    villageNames: villageNames.data ?? NO_NAMES,
    isLoading: cameras.isLoading,
    error: cameras.error ?? grids.error,
  };
}
