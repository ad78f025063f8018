import { connect, type Socket as NetSocket } from 'node:net';
import { randomBytes } from 'node:crypto';

/**
 * A socket.io client written against the raw TCP socket, so a test can stop reading (pause) and
 * make the server's queue for it grow, as a client on a stalled network would.
 */
export class RawSocketIoClient {
  readonly messages: string[] = [];
  private buffer = Buffer.alloc(0);
  private waiters: { check: (m: string) => boolean; resolve: (m: string) => void }[] = [];
  private constructor(readonly tcp: NetSocket) {}

  static open(port: number, cookie: string): Promise<RawSocketIoClient> {
    return new Promise((resolve, reject) => {
      const tcp = connect(port, '127.0.0.1');
      const client = new RawSocketIoClient(tcp);
      let upgraded = false;
      tcp.on('error', reject);
      tcp.on('connect', () => {
        const key = randomBytes(16).toString('base64');
        tcp.write(
          `GET /socket.io/?EIO=4&transport=websocket HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n` +
            `Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: ${key}\r\n` +
            `Sec-WebSocket-Version: 13\r\nCookie: ${cookie}\r\n\r\n`,
        );
      });
      tcp.on('data', (chunk: Buffer) => {
        client.buffer = Buffer.concat([client.buffer, chunk]);
        if (!upgraded) {
          const end = client.buffer.indexOf('\r\n\r\n');
          if (end < 0) return;
          const head = client.buffer.subarray(0, end).toString();
          if (!head.startsWith('HTTP/1.1 101')) return reject(new Error(head));
          upgraded = true;
          client.buffer = client.buffer.subarray(end + 4);
        }
        client.drainFrames();
      });
      client
        .waitFor((m) => m.startsWith('0'))
        .then(() => {
          client.send('40');
          return client.waitFor((m) => m.startsWith('40')).then(() => resolve(client));
        }, reject);
    });
  }

  /** Sends one text frame (clients must mask). */
  send(text: string): void {
    const payload = Buffer.from(text);
    const mask = randomBytes(4);
    const header =
      payload.length < 126
        ? Buffer.from([0x81, 0x80 | payload.length])
        : Buffer.from([0x81, 0x80 | 126, payload.length >> 8, payload.length & 255]);
    const masked = Buffer.from(payload.map((b, i) => b ^ mask[i % 4]!));
    this.tcp.write(Buffer.concat([header, mask, masked]));
  }

  waitFor(check: (m: string) => boolean, timeoutMs = 60_000): Promise<string> {
    const found = this.messages.find(check);
    if (found !== undefined) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('raw client: message not seen in time')), timeoutMs);
      this.waiters.push({
        check,
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m);
        },
      });
    });
  }

  close(): void {
    this.tcp.destroy();
  }

  private drainFrames(): void {
    for (;;) {
      const b = this.buffer;
      if (b.length < 2) return;
      let len = b[1]! & 0x7f;
      let offset = 2;
      if (len === 126) {
        if (b.length < 4) return;
        len = b.readUInt16BE(2);
        offset = 4;
      } else if (len === 127) {
        if (b.length < 10) return;
        len = Number(b.readBigUInt64BE(2));
        offset = 10;
      }
      if (b.length < offset + len) return;
      const opcode = b[0]! & 0x0f;
      const text = b.subarray(offset, offset + len).toString();
      this.buffer = b.subarray(offset + len);
      if (opcode !== 1) continue;
      if (text === '2') this.send('3'); // engine.io ping → pong, so the server keeps us while we read
      this.messages.push(text);
      this.waiters = this.waiters.filter((w) => {
        if (!w.check(text)) return true;
        w.resolve(text);
        return false;
      });
    }
  }
}
