import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's Chromium (Playwright's own build cannot be downloaded here and lacks H.264).
 * `extraArgs` are appended to the required flags (e.g. `--enable-precise-memory-info`).
 */
export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
}
