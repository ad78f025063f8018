import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * What npm cannot install: Debian's Chromium (it plays H.264), CJK fonts for screenshots, and ffmpeg
 * (video tests probe the simulator's clips and serve external HLS / H.265 streams with it).
 */
const PACKAGES = [
  { name: 'chromium', present: (): boolean => existsSync('/usr/bin/chromium') },
  { name: 'ffmpeg', present: (): boolean => existsSync('/usr/bin/ffmpeg') },
  {
    name: 'fonts-noto-cjk',
    present: (): boolean => spawnSync('sh', ['-c', 'fc-list | grep -qi "Noto Sans CJK"']).status === 0,
  },
];

export function ensureSystemPackages(log: (msg: string) => void): void {
  const missing = PACKAGES.filter((p) => !p.present()).map((p) => p.name);
  if (missing.length === 0) return;
  log(`Installing with apt-get: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], {
    stdio: 'inherit',
    env,
  });
}
