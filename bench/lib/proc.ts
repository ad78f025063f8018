import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat; 100 on every Linux we run on, asked once anyway. */
const CLK_TCK = ((): number => {
  try {
    const v = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    return Number.isFinite(v) && v > 0 ? v : 100;
  } catch {
    return 100;
  }
})();

/** utime + stime of a process (all its threads), in seconds. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may contain spaces; the fields we want follow its closing ')'.
  const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // rest[0] is field 3 (state), so utime (field 14) is rest[11] and stime (field 15) rest[12].
  return (Number(rest[11]) + Number(rest[12])) / CLK_TCK;
}

export interface Memory {
  rssMiB: number;
  /** Peak RSS since the process started (VmHWM), startup and logins included. */
  hwmMiB: number;
}

export function memory(pid: number): Memory {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string): number => {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    return m ? Number(m[1]) : Number.NaN;
  };
  return { rssMiB: kib('VmRSS') / 1024, hwmMiB: kib('VmHWM') / 1024 };
}

export interface ProcFigures {
  /** CPU over the measured window as % of one core (200 % = both cores of a 2-core machine). */
  cpuPercent: number;
  rssPeakMiB: number;
  rssEndMiB: number;
  hwmMiB: number;
}

/**
 * Watches one process over the measured window: CPU from the tick counters at both ends, RSS
 * sampled every 200 ms for the window's peak.
 */
export class ProcMonitor {
  private cpu0 = 0;
  private t0 = 0;
  private peak = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(readonly pid: number) {}

  begin(): void {
    this.cpu0 = cpuSeconds(this.pid);
    this.t0 = performance.now();
    this.peak = memory(this.pid).rssMiB;
    this.timer = setInterval(() => {
      try {
        this.peak = Math.max(this.peak, memory(this.pid).rssMiB);
      } catch {
        // The process is gone; end() will say so.
      }
    }, 200);
  }

  end(): ProcFigures {
    clearInterval(this.timer);
    const cpu = cpuSeconds(this.pid) - this.cpu0;
    const wall = (performance.now() - this.t0) / 1000;
    const mem = memory(this.pid);
    return {
      cpuPercent: (100 * cpu) / wall,
      rssPeakMiB: Math.max(this.peak, mem.rssMiB),
      rssEndMiB: mem.rssMiB,
      hwmMiB: mem.hwmMiB,
    };
  }
}

interface HostTicks {
  busy: number;
  steal: number;
  total: number;
}

/** The aggregate `cpu` line of /proc/stat: every process on the machine, in clock ticks. */
function hostTicks(): HostTicks {
  const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0] ?? '';
  const [user, nice, system, idle, iowait, irq, softirq, steal] = line
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  const busy = (user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0);
  return { busy, steal: steal ?? 0, total: busy + (idle ?? 0) + (iowait ?? 0) + (steal ?? 0) };
}

export interface HostFigures {
  /** Every process on the machine, as % of one core (200 % = a saturated 2-core machine). */
  busyPercent: number;
  /** Time the hypervisor gave our vCPUs to someone else, % of one core. */
  stealPercent: number;
}

/**
 * The whole machine over the window, so a run disturbed by other work on the host (other
 * builds, tests) shows as such instead of passing for the server's own latency.
 */
export class HostMonitor {
  private t0: HostTicks = { busy: 0, steal: 0, total: 0 };

  begin(): void {
    this.t0 = hostTicks();
  }

  end(cores: number): HostFigures {
    const t1 = hostTicks();
    const total = t1.total - this.t0.total;
    const pct = (ticks: number): number => (total > 0 ? (100 * cores * ticks) / total : Number.NaN);
    return { busyPercent: pct(t1.busy - this.t0.busy), stealPercent: pct(t1.steal - this.t0.steal) };
  }
}

/** Measures the machine for `ms` and returns its busy % (of one core) in that time. */
export async function hostBusyOver(ms: number, cores: number): Promise<number> {
  const m = new HostMonitor();
  m.begin();
  await new Promise((r) => setTimeout(r, ms));
  return m.end(cores).busyPercent;
}
