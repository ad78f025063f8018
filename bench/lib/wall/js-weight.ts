import { gzipSync } from 'node:zlib';
import type { BrowserContext } from 'playwright-core';
import { WALL_READY } from './wall-contract';

export interface ScriptLoad {
  url: string;
  /** Bytes on the wire (Network.loadingFinished encodedDataLength: body as sent + response headers). */
  transferred: number;
  /** The decoded body. */
  body: number;
  /** The body gzipped at the default level here: what the wire would carry if the server compressed. */
  gzip: number;
  contentEncoding: string | null;
}

export interface JsWeight {
  scripts: ScriptLoad[];
  transferredKB: number;
  bodyKB: number;
  gzipKB: number;
  /** True when every script came with a Content-Encoding (the server compresses). */
  compressed: boolean;
  /** Every response of the page load (document, CSS, API, fonts …), transferred. */
  allTransferredKB: number;
}

interface Seen {
  url: string;
  type: string;
  encoding: string | null;
  transferred: number;
}

/** Decimal kilobytes, as Vite reports sizes and as the conservative reading of the 600 KB limit. */
const KB = 1000;

/**
 * JavaScript the default /wall pulls over the network, measured in Chromium through the DevTools
 * protocol on a fresh context (empty cache): every response of type Script, up to network idle.
 */
export async function measureJs(context: BrowserContext, url: string): Promise<JsWeight> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const seen = new Map<string, Seen>();
  cdp.on('Network.responseReceived', (e) => {
    const h = e.response.headers;
    const encoding = h['content-encoding'] ?? h['Content-Encoding'] ?? null;
    seen.set(e.requestId, { url: e.response.url, type: e.type, encoding, transferred: 0 });
  });
  cdp.on('Network.loadingFinished', (e) => {
    const s = seen.get(e.requestId);
    if (s) s.transferred = e.encodedDataLength;
  });
  try {
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.goto(url);
    await page.locator(WALL_READY).first().waitFor({ timeout: 30_000 });
    // Lazy chunks (map, charts) load after the first render; idle means they are in.
    await page.waitForLoadState('networkidle', { timeout: 20_000 }).catch(() => undefined);
    const scripts: ScriptLoad[] = [];
    for (const [requestId, s] of seen) {
      if (s.type !== 'Script') continue;
      const r = await cdp.send('Network.getResponseBody', { requestId });
      const body = Buffer.from(r.body, r.base64Encoded ? 'base64' : 'utf8');
      scripts.push({
        url: new URL(s.url).pathname,
        transferred: s.transferred,
        body: body.length,
        gzip: gzipSync(body).length,
        contentEncoding: s.encoding,
      });
    }
    const sum = (k: 'transferred' | 'body' | 'gzip'): number => scripts.reduce((a, s) => a + s[k], 0) / KB;
    return {
      scripts,
      transferredKB: sum('transferred'),
      bodyKB: sum('body'),
      gzipKB: sum('gzip'),
      compressed: scripts.length > 0 && scripts.every((s) => s.contentEncoding !== null),
      allTransferredKB: [...seen.values()].reduce((a, s) => a + s.transferred, 0) / KB,
    };
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}
