import { closeSync, fsyncSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { summarizeList, type Summary } from './stats';

/**
 * Latency of write(4 KiB) + fsync on the filesystem that holds the data directory. With SQLite in
 * WAL mode and synchronous=FULL every commit ends in such an fsync of the WAL, so this is the
 * floor under the server's commit-to-client latency that no code change removes.
 */
export function probeFsync(dir: string, count = 200, bytes = 4096): Summary {
  const file = join(dir, 'fsync-probe.bin');
  const block = Buffer.alloc(bytes, 0x5a);
  const fd = openSync(file, 'w');
  const ms: number[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const t0 = performance.now();
      // Appending (not rewriting one block) as the WAL does, so the file's size changes too.
      writeSync(fd, block, 0, bytes, i * bytes);
      fsyncSync(fd);
      ms.push(performance.now() - t0);
    }
  } finally {
    closeSync(fd);
    rmSync(file, { force: true });
  }
  return summarizeList(ms);
}
