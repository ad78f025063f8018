import { readdirSync, readFileSync } from 'node:fs';
import { cpuSeconds } from '../proc';

/** pid → (parent pid, command name) of every process we may read. */
function processTable(): Map<number, { ppid: number; comm: string }> {
  const table = new Map<number, { ppid: number; comm: string }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const comm = stat.slice(stat.indexOf('(') + 1, close);
      const ppid = Number(stat.slice(close + 2).split(' ')[1]);
      table.set(Number(entry), { ppid, comm });
    } catch {
      // The process ended while we listed /proc.
    }
  }
  return table;
}

/**
 * The Chromium processes Playwright started for this orchestrator (browser, renderers, GPU and
 * utility processes): descendants of this process that are not Node children of the benchmark.
 */
export function chromiumPids(): number[] {
  const table = processTable();
  const mine = new Set<number>([process.pid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, p] of table) {
      if (!mine.has(pid) && mine.has(p.ppid)) {
        mine.add(pid);
        grew = true;
      }
    }
  }
  mine.delete(process.pid);
  return [...mine].filter((pid) => /chrom/i.test(table.get(pid)?.comm ?? ''));
}

/**
 * CPU of a set of processes over a window, as % of one core; a process that exits during the
 * window counts with what it had used when last read.
 */
export class GroupCpu {
  private start = new Map<number, number>();
  private t0 = 0;

  constructor(private readonly pids: () => number[]) {}

  begin(): void {
    this.start = new Map();
    for (const pid of this.pids()) {
      try {
        this.start.set(pid, cpuSeconds(pid));
      } catch {
        // Gone already.
      }
    }
    this.t0 = performance.now();
  }

  endPercent(): number {
    let used = 0;
    for (const [pid, c0] of this.start) {
      try {
        used += cpuSeconds(pid) - c0;
      } catch {
        // Exited in the window: its last seconds are lost, a small undercount.
      }
    }
    return (100 * used) / ((performance.now() - this.t0) / 1000);
  }
}
