import { vi } from 'vitest';

/** A stand-in for hls.js in jsdom (no MediaSource there): records what the tiles ask of it. */
export class FakeHls {
  static instances: FakeHls[] = [];
  static isSupported = (): boolean => true;
  static Events = { ERROR: 'hlsError' } as const;
  url: string | null = null;
  media: HTMLMediaElement | null = null;
  destroyed = false;
  private errorHandler: ((event: string, data: { fatal: boolean }) => void) | null = null;

  constructor(readonly config: Record<string, unknown>) {
    FakeHls.instances.push(this);
  }
  on(_event: string, handler: (event: string, data: { fatal: boolean }) => void): void {
    this.errorHandler = handler;
  }
  loadSource(url: string): void {
    this.url = url;
  }
  attachMedia(media: HTMLMediaElement): void {
    this.media = media;
    media.setAttribute('src', `blob:${url(this)}`);
  }
  destroy(): void {
    this.destroyed = true;
  }
  fatal(): void {
    this.errorHandler?.('hlsError', { fatal: true });
  }
}

function url(hls: FakeHls): string {
  return hls.url ?? '';
}

export function live(): FakeHls[] {
  return FakeHls.instances.filter((h) => !h.destroyed);
}

/** jsdom has no media playback: play() and load() are stubbed. */
export function stubMedia(): void {
  vi.spyOn(HTMLMediaElement.prototype, 'play').mockImplementation(() => Promise.resolve());
  vi.spyOn(HTMLMediaElement.prototype, 'load').mockImplementation(() => undefined);
}
